import { z } from "zod";

// The two settings every process of Trustwatch needs, validated the same way everywhere.
export const ZDatabaseUrl = z
  .string({ message: "DATABASE_URL is required (e.g. postgresql://postgres@127.0.0.1:5432/trustwatch)" })
  .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL");

export const ZRedisUrl = z
  .string({ message: "REDIS_URL is required (e.g. redis://127.0.0.1:6379)" })
  .regex(/^rediss?:\/\//, "REDIS_URL must be a redis:// or rediss:// URL");

export const ZQueuePrefix = z.string().min(1).default("{trustwatch}");
