import { createHash } from "node:crypto";
import { type Db, queryPrepared } from "../../client";

export type ColumnType = "text" | "text[]" | "int" | "boolean" | "timestamp" | "jsonb";
export type Columns = Record<string, ColumnType>;

const BATCH_SIZE = 1_000;

export function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`unsafe identifier ${name}`);
  return `"${name}"`;
}

export type UpsertSpec = {
  table: string;
  columns: Columns;
  conflict: string[];
  /** Columns kept from the first insert (e.g. firstSeenAt). */
  insertOnly?: string[];
  /** SQL for columns whose update depends on the old row (`${table}.col`) or EXCLUDED. */
  updateExpressions?: Record<string, string>;
  /** Casts applied to recordset values on insert (enum columns arrive as text). */
  castOnInsert?: Record<string, string>;
  /**
   * Columns with one value for every row of the statement, as typed SQL (`$7::text`): they are
   * not repeated in each row's JSON (less to build in Node, to send and to parse).
   */
  constants?: Record<string, string>;
};

/**
 * The upsert of rows that arrive as one jsonb array parameter (`$param`), expanded by
 * jsonb_to_recordset: text[] and jsonb columns convert natively; Prisma stores DateTime as UTC
 * `timestamp(3)`, and PostgreSQL drops the `Z` of ISO strings when casting to it.
 * (Measured against json_to_recordset and against unnest of one text[] per column: neither
 * was cheaper for PostgreSQL.) `returning` is appended as is (for use inside a data-modifying CTE).
 */
export function upsertSql(spec: UpsertSpec, param: number, returning = ""): string {
  const names = Object.keys(spec.columns);
  const constants = spec.constants ?? {};
  const all = [...Object.keys(constants), ...names];
  const recordType = names.map((n) => `${ident(n)} ${spec.columns[n]}`).join(", ");
  const value = (n: string) =>
    constants[n] ?? (spec.castOnInsert?.[n] ? `r.${ident(n)}::${spec.castOnInsert[n]}` : `r.${ident(n)}`);
  const updates = all
    .filter((n) => !spec.conflict.includes(n) && !(spec.insertOnly ?? []).includes(n))
    .map((n) => `${ident(n)} = ${spec.updateExpressions?.[n] ?? `EXCLUDED.${ident(n)}`}`)
    .join(", ");
  return `INSERT INTO ${ident(spec.table)} ("id", ${all.map(ident).join(", ")})
    SELECT gen_random_uuid()::text, ${all.map(value).join(", ")}
    FROM jsonb_to_recordset($${param}::jsonb) AS r(${recordType})
    ON CONFLICT (${spec.conflict.map(ident).join(", ")}) DO UPDATE SET ${updates}${returning ? ` RETURNING ${returning}` : ""}`;
}

/**
 * Insert-or-update many rows in one statement per batch (upsertSql), so a thousand rows cost
 * one round trip instead of a thousand. Prisma has no bulk upsert.
 */
export async function bulkUpsert(
  db: Db,
  options: UpsertSpec & { rows: Record<string, unknown>[] },
): Promise<number> {
  const sql = `WITH upserted AS (${upsertSql(options, 1, "1")}) SELECT count(*)::int AS "written" FROM upserted`;
  // Straight to the pool as a prepared statement: planned once per connection, and the batch's
  // JSON (hundreds of KB) is not copied through Prisma's query engine on the way.
  const name = `bulk_upsert_${createHash("sha1").update(sql).digest("hex").slice(0, 12)}`;
  let written = 0;
  for (let i = 0; i < options.rows.length; i += BATCH_SIZE) {
    const batch = options.rows.slice(i, i + BATCH_SIZE);
    const [result] = await queryPrepared<{ written: number }>(db, name, sql, [JSON.stringify(batch)]);
    written += result?.written ?? 0;
  }
  return written;
}
