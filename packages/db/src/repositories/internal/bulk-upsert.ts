import type { Db } from "../../client";

export type ColumnType = "text" | "text[]" | "int" | "boolean" | "timestamp" | "jsonb";
export type Columns = Record<string, ColumnType>;

const BATCH_SIZE = 1_000;

function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`unsafe identifier ${name}`);
  return `"${name}"`;
}

/**
 * Insert-or-update many rows in one statement per batch: rows travel as one jsonb
 * parameter expanded by jsonb_to_recordset (text[] and jsonb columns convert natively; Prisma stores DateTime as UTC `timestamp(3)`, and PostgreSQL drops the `Z` of ISO strings when casting to it),
 * so a thousand rows cost one round trip instead of a thousand. Prisma has no bulk
 * upsert; this is the one place that writes SQL for it.
 */
export async function bulkUpsert(
  db: Db,
  options: {
    table: string;
    columns: Columns;
    conflict: string[];
    /** Columns kept from the first insert (e.g. firstSeenAt). */
    insertOnly?: string[];
    /** SQL for columns whose update depends on the old row (`${table}.col`) or EXCLUDED. */
    updateExpressions?: Record<string, string>;
    /** Casts applied to recordset values on insert (enum columns arrive as text). */
    castOnInsert?: Record<string, string>;
    rows: Record<string, unknown>[];
  },
): Promise<number> {
  const names = Object.keys(options.columns);
  const recordType = names.map((n) => `${ident(n)} ${options.columns[n]}`).join(", ");
  const updates = names
    .filter((n) => !options.conflict.includes(n) && !(options.insertOnly ?? []).includes(n))
    .map((n) => `${ident(n)} = ${options.updateExpressions?.[n] ?? `EXCLUDED.${ident(n)}`}`)
    .join(", ");
  const sql = `INSERT INTO ${ident(options.table)} ("id", ${names.map(ident).join(", ")})
    SELECT gen_random_uuid()::text, ${names
      .map((n) => (options.castOnInsert?.[n] ? `r.${ident(n)}::${options.castOnInsert[n]}` : `r.${ident(n)}`))
      .join(", ")}
    FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})
    ON CONFLICT (${options.conflict.map(ident).join(", ")}) DO UPDATE SET ${updates}`;
  let written = 0;
  for (let i = 0; i < options.rows.length; i += BATCH_SIZE) {
    const batch = options.rows.slice(i, i + BATCH_SIZE);
    written += await db.$executeRawUnsafe(sql, JSON.stringify(batch));
  }
  return written;
}
