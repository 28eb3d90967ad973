import type { Db } from "../../client";
import { type Finding, Prisma } from "../../generated/prisma/client";
import type { FindingFilter, FindingSort } from "../findings-read";

/**
 * One page of findings (up to `take` rows), in page order, as SQL Prisma cannot write:
 *
 * - The cursor is a row comparison, `(severity, id) > (cursor's severity, cursor id)`, which
 *   PostgreSQL uses as the start of the index range: page 10 costs what page 1 costs, where
 *   Prisma's `cursor` (an OR of comparisons) re-reads every earlier row of the index.
 * - Free-text search has two plans and the planner cannot tell them apart: a broad search is
 *   served by walking the sort index and filtering, a narrow one by the trigram index and a sort
 *   of its matches. Estimates for `ILIKE '%x%'` are rough, and matches cluster (one account's
 *   roles, one workload's names), so the planner often walks a hundred thousand rows to fill a
 *   page of a narrow search. We try the walk over a bounded window first and fall back to the
 *   trigram plan, which is then cheap because the window showed matches are sparse.
 *
 * Filters mirror `where()` in findings-read.ts exactly (Prisma's `contains` does not escape
 * `%`/`_`, so neither do we), and rows come back as `findMany` returns them; the findings-read
 * integration test compares both with Prisma.
 */
export async function findingPage(
  db: Db,
  organizationId: string,
  options: { filter: FindingFilter; sort: FindingSort; cursor: string | null; take: number },
): Promise<Finding[]> {
  const { filter, sort, cursor, take } = options;
  const conditions = filterConditions(organizationId, filter);
  if (!filter.search) {
    return db.$queryRaw<Finding[]>(
      Prisma.sql`SELECT ${COLUMNS} FROM finding f
        WHERE ${and([...conditions, ...cursorCondition("f", organizationId, sort, cursor)])}
        ORDER BY ${orderBy("f", sort)} LIMIT ${take}`,
    );
  }

  const pattern = `%${filter.search}%`;
  // 1. Walk the sort order over a window of rows passing the other filters; enough matches
  //    in it make a page (they are the first matches after the cursor).
  const window = Math.max(WINDOW_ROWS, 4 * take);
  const walked = await db.$queryRaw<Finding[]>(
    Prisma.sql`SELECT w.* FROM (
        SELECT ${COLUMNS} FROM finding f
        WHERE ${and([...conditions, ...cursorCondition("f", organizationId, sort, cursor)])}
        ORDER BY ${orderBy("f", sort)} LIMIT ${window}
      ) w
      WHERE ${searchMatches("w", pattern)}
      ORDER BY ${orderBy("w", sort)} LIMIT ${take}`,
  );
  if (walked.length === take) return walked;
  // 2. Sparse matches: collect them all through the trigram index (organization first, see the
  //    finding_search_trgm_idx migration), then sort. MATERIALIZED keeps the planner from
  //    turning this back into the walk of step 1.
  return db.$queryRaw<Finding[]>(
    Prisma.sql`WITH m AS MATERIALIZED (
        SELECT ${COLUMNS} FROM finding f
        WHERE ${and([...conditions, Prisma.sql`${SEARCH_TEXT} ILIKE ${pattern}`, searchMatches("f", pattern)])}
      )
      SELECT m.* FROM m
      WHERE ${and(cursorCondition("m", organizationId, sort, cursor))}
      ORDER BY ${orderBy("m", sort)} LIMIT ${take}`,
  );
}

/** Rows walked before giving up on the sort index for a search (a few ms of ILIKE). */
const WINDOW_ROWS = 1_000;

/** Every column, as `findMany` names them (no field of Finding is @map-ped). */
const COLUMNS = Prisma.join(
  Object.values(Prisma.FindingScalarFieldEnum).map((field) => Prisma.raw(`f."${field}"`)),
);

/** Must stay the expression of the trigram index, or the planner cannot use it. */
const SEARCH_TEXT = Prisma.sql`(f.title || ' ' || f."resourceArn" || ' ' || f."ruleId")`;

function filterConditions(organizationId: string, f: FindingFilter): Prisma.Sql[] {
  const out = [Prisma.sql`f."organizationId" = ${organizationId}`];
  if (f.status?.length) out.push(Prisma.sql`f.status IN (${enumList(f.status, "FindingStatus")})`);
  if (f.severity?.length) out.push(Prisma.sql`f.severity IN (${enumList(f.severity, "Severity")})`);
  if (f.ruleId?.length) out.push(Prisma.sql`f."ruleId" IN (${Prisma.join(f.ruleId)})`);
  if (f.accountId?.length) out.push(Prisma.sql`f."accountId" IN (${Prisma.join(f.accountId)})`);
  if (f.resourceArn) out.push(Prisma.sql`f."resourceArn" = ${f.resourceArn}`);
  if (f.clusterArn) {
    out.push(
      Prisma.sql`(f."resourceArn" = ${f.clusterArn}
        OR f.evidence #> ARRAY['clusterArn'] = ${JSON.stringify(f.clusterArn)}::jsonb)`,
    );
  }
  return out;
}

function searchMatches(alias: string, pattern: string): Prisma.Sql {
  const t = Prisma.raw(alias);
  return Prisma.sql`(${t}.title ILIKE ${pattern} OR ${t}."resourceArn" ILIKE ${pattern} OR ${t}."ruleId" ILIKE ${pattern})`;
}

/**
 * Rows strictly after the cursor row in sort order. The cursor's sort key is a scalar
 * subquery (an InitPlan, so still an index bound); an unknown cursor, or one of another
 * organization, makes it NULL and the page empty.
 */
function cursorCondition(
  alias: string,
  organizationId: string,
  sort: FindingSort,
  cursor: string | null,
): Prisma.Sql[] {
  if (!cursor) return [];
  const t = Prisma.raw(alias);
  const key = sort === "severity" ? Prisma.raw("severity") : Prisma.raw(`"firstSeenAt"`);
  const op = Prisma.raw(sort === "newest" ? "<" : ">");
  return [
    Prisma.sql`(${t}.${key}, ${t}.id) ${op} (
      (SELECT c.${key} FROM finding c WHERE c.id = ${cursor} AND c."organizationId" = ${organizationId}),
      ${cursor})`,
  ];
}

function orderBy(alias: string, sort: FindingSort): Prisma.Sql {
  const t = Prisma.raw(alias);
  if (sort === "severity") return Prisma.sql`${t}.severity ASC, ${t}.id ASC`;
  const dir = Prisma.raw(sort === "newest" ? "DESC" : "ASC");
  return Prisma.sql`${t}."firstSeenAt" ${dir}, ${t}.id ${dir}`;
}

function enumList(values: string[], type: "FindingStatus" | "Severity"): Prisma.Sql {
  return Prisma.join(values.map((v) => Prisma.sql`${v}::${Prisma.raw(`"${type}"`)}`));
}

function and(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}
