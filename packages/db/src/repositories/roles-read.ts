import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import type { Severity } from "../generated/prisma/enums";

export type RoleFilter = { search?: string; accountId?: string[] };

const ORDER: Severity[] = ["critical", "high", "medium", "low", "info"];

function roleWhere(organizationId: string, f: RoleFilter): Prisma.IamRoleWhereInput {
  return {
    organizationId,
    goneAt: null,
    ...(f.accountId?.length ? { accountId: { in: f.accountId } } : {}),
    ...(f.search
      ? {
          OR: [
            { name: { contains: f.search, mode: "insensitive" } },
            { arn: { contains: f.search, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

/** Open findings per role ARN: count and worst severity. */
async function openFindingsByArn(db: Db, organizationId: string, arns: string[]) {
  const groups = await db.finding.groupBy({
    by: ["resourceArn", "severity"],
    where: { organizationId, status: "open", resourceArn: { in: arns } },
    _count: { _all: true },
  });
  const out = new Map<string, { openCount: number; worstSeverity: Severity | null }>();
  for (const g of groups) {
    const entry = out.get(g.resourceArn) ?? { openCount: 0, worstSeverity: null };
    entry.openCount += g._count._all;
    if (!entry.worstSeverity || ORDER.indexOf(g.severity) < ORDER.indexOf(entry.worstSeverity)) {
      entry.worstSeverity = g.severity;
    }
    out.set(g.resourceArn, entry);
  }
  return out;
}

/** Live roles by name, keyset-paginated on (name, id) so pages stay stable under inserts. */
export async function listRoles(
  db: Db,
  organizationId: string,
  options: { filter?: RoleFilter; cursor?: string | null; limit?: number },
) {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const rows = await db.iamRole.findMany({
    where: roleWhere(organizationId, options.filter ?? {}),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit + 1,
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    include: { subjects: { orderBy: { principal: "asc" } } },
  });
  const page = rows.slice(0, limit);
  const findings = await openFindingsByArn(
    db,
    organizationId,
    page.map((r) => r.arn),
  );
  return {
    items: page.map((r) => ({
      ...r,
      openFindingCount: findings.get(r.arn)?.openCount ?? 0,
      worstSeverity: findings.get(r.arn)?.worstSeverity ?? null,
    })),
    nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}

/**
 * One role (by id or ARN) with what its page shows: trust subjects, its findings, the Pod
 * Identity associations that use it (directly or as a cross-account target), and the clusters
 * whose issuers it trusts (to name them in plain words). Null when not this organization's.
 */
export async function getRoleDetail(db: Db, organizationId: string, idOrArn: string) {
  const role = await db.iamRole.findFirst({
    where: { organizationId, ...(idOrArn.startsWith("arn:") ? { arn: idOrArn } : { id: idOrArn }) },
    include: { subjects: { orderBy: { principal: "asc" } } },
  });
  if (!role) return null;
  const [findings, associations] = await Promise.all([
    db.finding.findMany({
      where: { organizationId, resourceArn: role.arn },
      orderBy: [{ status: "asc" }, { severity: "asc" }, { id: "asc" }],
      take: 200,
    }),
    db.podIdentityAssociation.findMany({
      where: { organizationId, goneAt: null, OR: [{ roleArn: role.arn }, { targetRoleArn: role.arn }] },
      orderBy: [{ clusterName: "asc" }, { namespace: "asc" }, { serviceAccount: "asc" }],
    }),
  ]);
  return { role, findings, associations };
}

/** Live clusters that have an OIDC issuer, to name the cluster behind a trusted provider. */
export async function listClustersWithIssuer(db: Db, organizationId: string) {
  return db.cluster.findMany({
    where: { organizationId, goneAt: null, issuerUrl: { not: null } },
    select: { arn: true, name: true, region: true, accountId: true, issuerUrl: true },
    orderBy: { name: "asc" },
  });
}

/** Role ids by ARN, so pages can link findings to role pages. */
export async function findRoleIdsByArn(db: Db, organizationId: string, arns: string[]) {
  const rows = await db.iamRole.findMany({
    where: { organizationId, arn: { in: arns } },
    select: { id: true, arn: true },
  });
  return new Map(rows.map((r) => [r.arn, r.id]));
}
