import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import type { TestDatabase } from "@trustwatch/db/testing";
import { createQueues, createRedisConnection, type Queues } from "@trustwatch/jobs";
import { createContext } from "../../context";
import { appRouter } from "../../root";
import type { Seeded } from "../../test-helpers";

/** Real BullMQ queues on a prefix of their own, obliterated by `close`. */
export function createTestQueues(): { queues: Queues; prefix: string; close: () => Promise<void> } {
  const connection = createRedisConnection(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", "worker");
  const prefix = `{tw-test-${randomBytes(4).toString("hex")}}`;
  const queues = createQueues(connection, { prefix });
  return {
    queues,
    prefix,
    close: async () => {
      for (const q of [queues.scan, queues.remediation, queues.notify, queues.schedule])
        await q.obliterate({ force: true });
      await queues.close();
      await connection.quit();
    },
  };
}

/** A caller signed in as `email` in their own organization. */
export async function callerFor(testDb: TestDatabase, seeded: Seeded, email: string, queues?: Queues) {
  const session = await seeded.session(email);
  return appRouter.createCaller(
    createContext({ db: testDb.db, session, ...(queues ? { queues: () => queues } : {}) }),
  );
}

export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

export const OTHER_ADMIN = "admin@other.trustwatch.dev";
export const DEMO = {
  admin: "admin@demo.trustwatch.dev",
  approver: "approver@demo.trustwatch.dev",
  analyst: "analyst@demo.trustwatch.dev",
  viewer: "viewer@demo.trustwatch.dev",
} as const;
