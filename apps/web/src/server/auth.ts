import { findDefaultMembership } from "@trustwatch/db";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { type Env, getEnv } from "@/env";
import { getServerDb } from "./db";
import { checkPasswordPolicy, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";

/** The provider id of the deployment's OpenID Connect single sign-on. */
export const SSO_PROVIDER_ID = "sso";

const PASSWORD_SETTING_PATHS = new Set([
  "/sign-up/email",
  "/change-password",
  "/reset-password",
  "/set-password",
]);

function createAuth(env: Env) {
  const db = getServerDb();
  return betterAuth({
    appName: "Trustwatch",
    baseURL: env.appUrl,
    secret: env.authSecret,
    database: prismaAdapter(db, { provider: "postgresql" }),
    // Our Prisma model for better-auth's "account" is AuthAccount (table auth_account).
    account: { modelName: "authAccount" },
    session: {
      additionalFields: {
        activeOrganizationId: { type: "string", required: false, input: false },
      },
    },
    // Users come from seeds and invitations, never from a public sign-up form.
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    // Counters live in PostgreSQL so limits hold across several web processes.
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: 5 } },
    },
    advanced: { useSecureCookies: env.appUrl.startsWith("https://") },
    databaseHooks: {
      session: {
        create: {
          // A new session starts in the user's oldest organization; the switcher changes it.
          before: async (session) => {
            const membership = await findDefaultMembership(db, session.userId);
            return { data: { ...session, activeOrganizationId: membership?.organizationId ?? null } };
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!PASSWORD_SETTING_PATHS.has(ctx.path)) return;
        const body = (ctx.body ?? {}) as { password?: unknown; newPassword?: unknown; email?: unknown };
        const password = typeof body.newPassword === "string" ? body.newPassword : body.password;
        if (typeof password !== "string") return;
        let email = typeof body.email === "string" ? body.email : null;
        if (!email) email = (await getSessionFromCtx(ctx))?.user.email ?? null;
        const problem = checkPasswordPolicy(password, email);
        if (problem) throw new APIError("BAD_REQUEST", { message: problem });
      }),
    },
    plugins: [
      ...(env.sso
        ? [
            genericOAuth({
              config: [
                {
                  providerId: SSO_PROVIDER_ID,
                  name: env.sso.name,
                  discoveryUrl: `${env.sso.issuer}/.well-known/openid-configuration`,
                  clientId: env.sso.clientId,
                  clientSecret: env.sso.clientSecret,
                  scopes: ["openid", "email", "profile"],
                  requireIdTokenVerification: true,
                  // Only people who already have a Trustwatch user (seeded or invited) may sign in.
                  disableImplicitSignUp: true,
                },
              ],
            }),
          ]
        : []),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { trustwatchAuth?: Auth };

/** The better-auth instance, built on first use from the validated environment. */
export function getAuth(): Auth {
  globalForAuth.trustwatchAuth ??= createAuth(getEnv());
  return globalForAuth.trustwatchAuth;
}
