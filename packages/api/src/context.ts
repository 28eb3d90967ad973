import type { Db } from "@trustwatch/db";
import type { Queues } from "@trustwatch/jobs";

/** The signed-in session as the web adapter reads it from better-auth; null when signed out. */
export type SessionContext = {
  sessionId: string;
  userId: string;
  email: string;
  activeOrganizationId: string | null;
};

export type Context = {
  db: Db;
  session: SessionContext | null;
  /** Producer queues, created on first use: read-only pages never open a Redis connection. */
  queues: () => Queues;
  now: () => Date;
  /** Secrets at rest (Slack webhook URLs): the key from TRUSTWATCH_ENCRYPTION_KEY; unset disables channels. */
  secrets: SecretsConfig;
};

export type SecretsConfig = { encryptionKey: string | null; allowAnyWebhookUrl: boolean };

export function createContext(input: {
  db: Db;
  session: SessionContext | null;
  queues?: () => Queues;
  now?: () => Date;
  secrets?: SecretsConfig;
}): Context {
  return {
    db: input.db,
    session: input.session,
    queues:
      input.queues ??
      (() => {
        throw new Error("job queues are not configured for this context");
      }),
    now: input.now ?? (() => new Date()),
    secrets: input.secrets ?? { encryptionKey: null, allowAnyWebhookUrl: false },
  };
}
