import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

/** The pg pool under each client made here: Prisma and prepared statements share connections. */
const pools = new WeakMap<Db, pg.Pool>();

/**
 * Run one of the hot, fixed statements as a named prepared statement: PostgreSQL parses and
 * plans it once per connection instead of per call (Prisma's raw queries are unnamed, and
 * planning the account-snapshot statement cost about as much as running it). Falls back to
 * Prisma's raw query for a client not made by createDb.
 */
export async function queryPrepared<T>(db: Db, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = pools.get(db);
  if (!pool) return db.$queryRawUnsafe<T[]>(text, ...values);
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}

/**
 * Create a Prisma client over the pg driver adapter (the WASM query compiler needs no
 * engine binary). Apps call this once with the URL from their validated env.
 */
export function createDb(databaseUrl: string, options: { maxConnections?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 10 });
  // disposeExternalPool: $disconnect() still closes every connection (tests drop their database).
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(db, pool);
  return db;
}

const globalForDb = globalThis as unknown as { trustwatchDb?: Db; trustwatchDbUrl?: string };

/** A process-wide client, reused across Next.js hot reloads. */
export function getDb(databaseUrl: string): Db {
  if (!globalForDb.trustwatchDb || globalForDb.trustwatchDbUrl !== databaseUrl) {
    globalForDb.trustwatchDb = createDb(databaseUrl);
    globalForDb.trustwatchDbUrl = databaseUrl;
  }
  return globalForDb.trustwatchDb;
}
