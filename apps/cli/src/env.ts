import { formatEnvError } from "@trustwatch/jobs";
import { z } from "zod";

// The CLI reads process.env only here. Commands that do not touch the database
// (analyze-trust) never call it, so they work without any configuration.
const ZDatabaseEnv = z.object({
  DATABASE_URL: z
    .string({ message: "DATABASE_URL is required (e.g. postgresql://postgres@127.0.0.1:5432/trustwatch)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
});
const ZQueueEnv = ZDatabaseEnv.extend({
  REDIS_URL: z
    .string({ message: "REDIS_URL is required (e.g. redis://127.0.0.1:6379)" })
    .regex(/^rediss?:\/\//, "REDIS_URL must be a redis:// or rediss:// URL"),
  TRUSTWATCH_QUEUE_PREFIX: z.string().min(1).default("{trustwatch}"),
});

export type CliDatabaseEnv = z.infer<typeof ZDatabaseEnv>;
export type CliQueueEnv = z.infer<typeof ZQueueEnv>;

function parse<T>(schema: z.ZodType<T>, source: Record<string, string | undefined>): T {
  const result = schema.safeParse(source);
  if (!result.success) throw new Error(formatEnvError(result.error));
  return result.data;
}

export const readDatabaseEnv = (source = process.env) => parse(ZDatabaseEnv, source);
export const readQueueEnv = (source = process.env) => parse(ZQueueEnv, source);
