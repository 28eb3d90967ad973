import type { SecretsConfig } from "@trustwatch/api";
import { getEnv } from "@/env";

/** What tRPC procedures need to store secrets (Slack webhook URLs) encrypted. */
export function getSecrets(): SecretsConfig {
  const env = getEnv();
  return { encryptionKey: env.encryptionKey, allowAnyWebhookUrl: env.slackAllowAnyUrl };
}
