import type { Db } from "../client";

/** What the findings filter bar offers: rules and accounts with findings, and live clusters. */
export async function listFindingFacets(db: Db, organizationId: string) {
  const [rules, accounts, awsAccounts, clusters] = await Promise.all([
    db.finding.groupBy({
      by: ["ruleId"],
      where: { organizationId },
      _count: { _all: true },
      orderBy: { ruleId: "asc" },
    }),
    db.finding.groupBy({
      by: ["accountId"],
      where: { organizationId },
      _count: { _all: true },
      orderBy: { accountId: "asc" },
    }),
    db.awsAccount.findMany({ where: { organizationId }, select: { accountId: true, name: true } }),
    db.cluster.findMany({
      where: { organizationId, goneAt: null },
      select: { arn: true, name: true, region: true, accountId: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const nameOf = new Map(awsAccounts.map((a) => [a.accountId, a.name]));
  return {
    rules: rules.map((r) => ({ ruleId: r.ruleId, count: r._count._all })),
    accounts: accounts.map((a) => ({
      accountId: a.accountId,
      name: nameOf.get(a.accountId) ?? null,
      count: a._count._all,
    })),
    clusters,
  };
}

/** Account names by 12-digit id, for labels. */
export async function listAccountNames(db: Db, organizationId: string) {
  const rows = await db.awsAccount.findMany({
    where: { organizationId },
    select: { accountId: true, name: true },
  });
  return new Map(rows.map((a) => [a.accountId, a.name]));
}
