import { z } from "zod";

/** Only for local development: production refuses to start without a real AUTH_SECRET. */
const DEV_AUTH_SECRET = "trustwatch-dev-only-secret-do-not-use-in-production";

const hasScheme = (schemes: string[]) => (value: string) => {
  try {
    return schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const ZEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is missing: set it to a postgresql:// URL" })
      .refine(hasScheme(["postgresql:", "postgres:"]), "DATABASE_URL must be a postgresql:// URL"),
    REDIS_URL: z
      .string({ error: "REDIS_URL is missing: set it to a redis:// URL" })
      .refine(hasScheme(["redis:", "rediss:"]), "REDIS_URL must be a redis:// URL"),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    APP_URL: z
      .string()
      .refine(hasScheme(["http:", "https:"]), "APP_URL must be an http(s):// URL")
      .optional(),
    SSO_ISSUER: z
      .string()
      .refine(hasScheme(["https:", "http:"]), "SSO_ISSUER must be an https:// URL")
      .optional(),
    SSO_CLIENT_ID: z.string().min(1).optional(),
    SSO_CLIENT_SECRET: z.string().min(1).optional(),
    SSO_NAME: z.string().min(1).max(60).optional(),
    TRUSTWATCH_QUEUE_PREFIX: z.string().min(1).default("{trustwatch}"),
    /** The AWS principal the worker runs as: what tenants' audit roles must trust (onboarding templates). */
    TRUSTWATCH_AWS_PRINCIPAL_ARN: z
      .string()
      .regex(
        /^arn:aws[\w-]*:(iam|sts)::\d{12}:.+$/,
        "TRUSTWATCH_AWS_PRINCIPAL_ARN must be an IAM principal ARN",
      )
      .default("arn:aws:iam::999999999999:root"),
    /** 32-byte key (base64) for secrets at rest (Slack webhook URLs, SSO secrets). */
    TRUSTWATCH_ENCRYPTION_KEY: z.string().optional(),
    /** Tests and local development only: Slack channels may use any http(s) webhook URL. */
    TRUSTWATCH_SLACK_ALLOW_ANY_URL: z.enum(["true", "false"]).default("false"),
  })
  .superRefine((env, ctx) => {
    const isProduction = env.NODE_ENV === "production";
    if (isProduction && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "AUTH_SECRET is required in production",
      });
    }
    if (isProduction && !env.APP_URL) {
      ctx.addIssue({ code: "custom", path: ["APP_URL"], message: "APP_URL is required in production" });
    }
    if (env.SSO_ISSUER && (!env.SSO_CLIENT_ID || !env.SSO_CLIENT_SECRET)) {
      ctx.addIssue({
        code: "custom",
        path: ["SSO_CLIENT_ID"],
        message: "SSO_CLIENT_ID and SSO_CLIENT_SECRET are required when SSO_ISSUER is set",
      });
    }
  });

export type SsoConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

export type Env = {
  nodeEnv: "development" | "test" | "production";
  databaseUrl: string;
  redisUrl: string;
  authSecret: string;
  appUrl: string;
  sso: SsoConfig | null;
  queuePrefix: string;
  awsPrincipalArn: string;
  encryptionKey: string | null;
  slackAllowAnyUrl: boolean;
};

/**
 * Validate a raw environment. Pure: throws an Error whose message is one line naming the
 * first bad variable, e.g. "Invalid environment: DATABASE_URL must be a postgresql:// URL".
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Treat empty strings (e.g. `SSO_ISSUER=` in a compose file) as unset.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = ZEnvSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Invalid environment: ${issue?.message ?? "unknown problem"}`);
  }
  const env = result.data;
  const issuer = env.SSO_ISSUER?.replace(/\/+$/, "");
  return {
    nodeEnv: env.NODE_ENV,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    authSecret: env.AUTH_SECRET ?? DEV_AUTH_SECRET,
    appUrl: (env.APP_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
    queuePrefix: env.TRUSTWATCH_QUEUE_PREFIX,
    awsPrincipalArn: env.TRUSTWATCH_AWS_PRINCIPAL_ARN,
    encryptionKey: env.TRUSTWATCH_ENCRYPTION_KEY ?? null,
    slackAllowAnyUrl: env.TRUSTWATCH_SLACK_ALLOW_ANY_URL === "true",
    sso:
      issuer && env.SSO_CLIENT_ID && env.SSO_CLIENT_SECRET
        ? {
            issuer,
            clientId: env.SSO_CLIENT_ID,
            clientSecret: env.SSO_CLIENT_SECRET,
            name: env.SSO_NAME ?? "Single sign-on",
          }
        : null,
  };
}

let cached: Env | undefined;

/**
 * The validated environment, read on first use (never at import: `next build` evaluates
 * modules and must not need a database). This is the only place that reads process.env.
 */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * Called once at server start (see instrumentation-node.ts): a bad setting stops the server
 * with one line instead of failing on the first request.
 */
export function validateEnvAtStartup(): { ok: true } | { ok: false; message: string } {
  try {
    getEnv();
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
