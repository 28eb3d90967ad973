import { Redis, type RedisOptions } from "ioredis";

/**
 * A Redis connection for BullMQ. Workers need `maxRetriesPerRequest: null` (BullMQ blocks
 * on Redis and must not give up mid-command); producers fail fast instead, so a web
 * request does not hang while Redis is down.
 */
export function createRedisConnection(url: string, role: "worker" | "producer"): Redis {
  const options: RedisOptions =
    role === "worker"
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 2, enableOfflineQueue: false, connectTimeout: 5_000 };
  return new Redis(url, { ...options, lazyConnect: false });
}
