import { type Db, getDb } from "@trustwatch/db";
import { getEnv } from "@/env";

/** The process-wide Prisma client for the web server. */
export function getServerDb(): Db {
  return getDb(getEnv().databaseUrl);
}
