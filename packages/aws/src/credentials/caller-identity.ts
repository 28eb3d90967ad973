import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { type ClientOptions, createStsClient } from "../clients/create-clients";

export type CallerIdentity = { accountId: string; arn: string };

/** STS GetCallerIdentity with the given credentials: who AWS says we are. */
export async function getCallerIdentity(options: ClientOptions): Promise<CallerIdentity> {
  const sts = createStsClient({ ...options, maxAttempts: options.maxAttempts ?? 2 });
  try {
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    return { accountId: identity.Account ?? "", arn: identity.Arn ?? "" };
  } finally {
    sts.destroy();
  }
}
