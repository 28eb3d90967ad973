import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import type { FindingStatus, Severity } from "../generated/prisma/enums";
import { findingPage } from "./internal/finding-page";

export type FindingFilter = {
  status?: FindingStatus[];
  severity?: Severity[];
  ruleId?: string[];
  accountId?: string[];
  resourceArn?: string;
  /** Matches cluster ARNs and the cluster named in evidence. */
  clusterArn?: string;
  search?: string;
};

export type FindingSort = "severity" | "newest" | "oldest";

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/** The filter as Prisma input (counts use it; listFindings has the same in SQL and is tested against it). */
export function findingWhere(organizationId: string, f: FindingFilter): Prisma.FindingWhereInput {
  return {
    organizationId,
    ...(f.status?.length ? { status: { in: f.status } } : {}),
    ...(f.severity?.length ? { severity: { in: f.severity } } : {}),
    ...(f.ruleId?.length ? { ruleId: { in: f.ruleId } } : {}),
    ...(f.accountId?.length ? { accountId: { in: f.accountId } } : {}),
    ...(f.resourceArn ? { resourceArn: f.resourceArn } : {}),
    ...(f.clusterArn
      ? { OR: [{ resourceArn: f.clusterArn }, { evidence: { path: ["clusterArn"], equals: f.clusterArn } }] }
      : {}),
    ...(f.search
      ? {
          AND: [
            {
              OR: [
                { title: { contains: f.search, mode: "insensitive" } },
                { resourceArn: { contains: f.search, mode: "insensitive" } },
                { ruleId: { contains: f.search, mode: "insensitive" } },
              ],
            },
          ],
        }
      : {}),
  };
}

/**
 * Keyset (cursor) pagination on (severity, id) or (firstSeenAt, id): stable under inserts,
 * since a page starts strictly after the last row of the previous one, and served by the
 * (organizationId[, status], severity|firstSeenAt, id) indexes rather than an OFFSET scan.
 * The page is one SQL query Prisma cannot write (internal/finding-page.ts).
 */
export async function listFindings(
  db: Db,
  organizationId: string,
  options: { filter?: FindingFilter; sort?: FindingSort; cursor?: string | null; limit?: number },
) {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 500);
  const rows = await findingPage(db, organizationId, {
    filter: options.filter ?? {},
    sort: options.sort ?? "severity",
    cursor: options.cursor ?? null,
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  return { items: page, nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null };
}

export async function getFinding(db: Db, organizationId: string, findingId: string) {
  return db.finding.findFirst({ where: { id: findingId, organizationId } });
}

export async function countFindingsBy(
  db: Db,
  organizationId: string,
  by: "ruleId" | "accountId" | "severity",
  filter: FindingFilter = {},
) {
  const groups = await db.finding.groupBy({
    by: [by],
    where: findingWhere(organizationId, filter),
    _count: { _all: true },
  });
  return groups
    .map((g) => ({ key: String(g[by]), count: g._count._all }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export { SEVERITY_RANK };
