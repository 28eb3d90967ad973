import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const valid = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/trustwatch",
  REDIS_URL: "redis://127.0.0.1:6379",
  AUTH_SECRET: "x".repeat(32),
  APP_URL: "https://trustwatch.example.com/",
};

describe("parseEnv", () => {
  it("accepts a complete production environment", () => {
    const env = parseEnv(valid);
    expect(env).toMatchObject({ nodeEnv: "production", appUrl: "https://trustwatch.example.com", sso: null });
  });

  const failures: { name: string; change: Record<string, string | undefined>; message: string }[] = [
    {
      name: "missing DATABASE_URL",
      change: { DATABASE_URL: undefined },
      message: "Invalid environment: DATABASE_URL is missing: set it to a postgresql:// URL",
    },
    {
      name: "empty DATABASE_URL",
      change: { DATABASE_URL: "" },
      message: "Invalid environment: DATABASE_URL is missing: set it to a postgresql:// URL",
    },
    {
      name: "malformed DATABASE_URL",
      change: { DATABASE_URL: "mysql://root@localhost/db" },
      message: "Invalid environment: DATABASE_URL must be a postgresql:// URL",
    },
    {
      name: "not a URL at all",
      change: { DATABASE_URL: "trustwatch" },
      message: "Invalid environment: DATABASE_URL must be a postgresql:// URL",
    },
    {
      name: "missing REDIS_URL",
      change: { REDIS_URL: undefined },
      message: "Invalid environment: REDIS_URL is missing: set it to a redis:// URL",
    },
    {
      name: "malformed REDIS_URL",
      change: { REDIS_URL: "http://127.0.0.1:6379" },
      message: "Invalid environment: REDIS_URL must be a redis:// URL",
    },
    {
      name: "short AUTH_SECRET",
      change: { AUTH_SECRET: "short" },
      message: "Invalid environment: AUTH_SECRET must be at least 32 characters",
    },
    {
      name: "no AUTH_SECRET in production",
      change: { AUTH_SECRET: undefined },
      message: "Invalid environment: AUTH_SECRET is required in production",
    },
    {
      name: "SSO issuer without client credentials",
      change: { SSO_ISSUER: "https://idp.example.com" },
      message: "Invalid environment: SSO_CLIENT_ID and SSO_CLIENT_SECRET are required when SSO_ISSUER is set",
    },
  ];
  it.each(failures)("fails with one line naming the variable: $name", ({ change, message }) => {
    expect(() => parseEnv({ ...valid, ...change })).toThrow(message);
    try {
      parseEnv({ ...valid, ...change });
    } catch (error) {
      expect((error as Error).message.split("\n")).toHaveLength(1);
    }
  });

  it("allows the development secret and default APP_URL outside production", () => {
    const env = parseEnv({ ...valid, NODE_ENV: "development", AUTH_SECRET: undefined, APP_URL: undefined });
    expect(env.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(env.appUrl).toBe("http://localhost:3000");
  });

  it("configures SSO only when issuer, client id and secret are all set", () => {
    const env = parseEnv({
      ...valid,
      SSO_ISSUER: "https://idp.example.com/realms/acme/",
      SSO_CLIENT_ID: "trustwatch",
      SSO_CLIENT_SECRET: "s3cret",
    });
    expect(env.sso).toEqual({
      issuer: "https://idp.example.com/realms/acme",
      clientId: "trustwatch",
      clientSecret: "s3cret",
      name: "Single sign-on",
    });
  });
});
