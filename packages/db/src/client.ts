import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

/**
 * Create a Prisma client over the pg driver adapter (the WASM query compiler needs no
 * engine binary). Apps call this once with the URL from their validated env.
 */
export function createDb(databaseUrl: string, options: { maxConnections?: number } = {}): Db {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
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
