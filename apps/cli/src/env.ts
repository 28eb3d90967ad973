import { formatEnvError, ZDatabaseUrl, ZQueuePrefix, ZRedisUrl } from "@trustwatch/jobs";
import { z } from "zod";

// The CLI reads process.env only here. Commands that do not touch the database
// (analyze-trust) never call it, so they work without any configuration.
const ZDatabaseEnv = z.object({
  DATABASE_URL: ZDatabaseUrl,
});
const ZQueueEnv = ZDatabaseEnv.extend({
  REDIS_URL: ZRedisUrl,
  TRUSTWATCH_QUEUE_PREFIX: ZQueuePrefix,
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
