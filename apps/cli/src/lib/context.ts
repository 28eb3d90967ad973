import { createDb, type Db, findOrganization } from "@trustwatch/db";
import { createQueues, createRedisConnection, type Queues } from "@trustwatch/jobs";
import { readDatabaseEnv, readQueueEnv } from "../env";

/** Open the database for one command and always close it, so the process exits promptly. */
export async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb(readDatabaseEnv().DATABASE_URL, { maxConnections: 3 });
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}

export async function withQueues<T>(
  fn: (db: Db, queues: Queues, redisUrl: string) => Promise<T>,
): Promise<T> {
  const env = readQueueEnv();
  const connection = createRedisConnection(env.REDIS_URL, "producer");
  const queues = createQueues(connection, { prefix: env.TRUSTWATCH_QUEUE_PREFIX });
  try {
    return await withDb((db) => fn(db, queues, env.REDIS_URL));
  } finally {
    await queues.close();
    connection.disconnect();
  }
}

export async function requireOrganization(db: Db, idOrSlug: string) {
  const org = await findOrganization(db, idOrSlug);
  if (!org)
    throw new Error(`organization "${idOrSlug}" not found (use its slug or id; see \`trustwatch org list\`)`);
  return org;
}

export const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
export const err = (line: string): void => {
  process.stderr.write(`${line}\n`);
};
