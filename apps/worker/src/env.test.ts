import { describe, expect, it } from "vitest";
import { parseWorkerEnv } from "./env";

const valid = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/x", REDIS_URL: "redis://127.0.0.1:6379" };

describe("parseWorkerEnv", () => {
  const cases: { name: string; env: Record<string, string | undefined>; error: RegExp | null }[] = [
    { name: "valid minimal", env: valid, error: null },
    {
      name: "missing DATABASE_URL",
      env: { ...valid, DATABASE_URL: undefined },
      error: /^Invalid environment: DATABASE_URL is required/,
    },
    {
      name: "malformed DATABASE_URL",
      env: { ...valid, DATABASE_URL: "mysql://x" },
      error: /DATABASE_URL must be a postgresql:\/\/ URL/,
    },
    {
      name: "missing REDIS_URL",
      env: { ...valid, REDIS_URL: undefined },
      error: /^Invalid environment: REDIS_URL is required/,
    },
    {
      name: "malformed REDIS_URL",
      env: { ...valid, REDIS_URL: "http://x" },
      error: /REDIS_URL must be a redis/,
    },
    { name: "bad concurrency", env: { ...valid, WORKER_CONCURRENCY: "0" }, error: /WORKER_CONCURRENCY/ },
  ];
  it.each(cases)("$name", ({ env, error }) => {
    if (error) {
      expect(() => parseWorkerEnv(env)).toThrow(error);
      // one line: operators read this in a crash-looping container's log
      expect(() => parseWorkerEnv(env)).not.toThrow(/\n/);
    } else {
      expect(parseWorkerEnv(env).WORKER_CONCURRENCY).toBe(16);
    }
  });
});
