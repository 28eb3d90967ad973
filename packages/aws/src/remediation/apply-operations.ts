import {
  AddClientIDToOpenIDConnectProviderCommand,
  CreateOpenIDConnectProviderCommand,
  DeleteOpenIDConnectProviderCommand,
  type IAMClient,
  RemoveClientIDFromOpenIDConnectProviderCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateOpenIDConnectProviderThumbprintCommand,
} from "@aws-sdk/client-iam";
import type { Operation } from "@trustwatch/core";

/** A failure part-way: what was applied before it, so the request records it and a rollback can follow. */
export class ApplyOperationsError extends Error {
  override name = "ApplyOperationsError";
  constructor(
    message: string,
    readonly applied: Operation[],
    readonly failed: Operation,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

async function applyOne(iam: IAMClient, op: Operation): Promise<void> {
  switch (op.op) {
    case "UpdateAssumeRolePolicy":
      await iam.send(
        new UpdateAssumeRolePolicyCommand({ RoleName: op.roleName, PolicyDocument: op.document }),
      );
      return;
    case "UpdateOpenIDConnectProviderThumbprint":
      await iam.send(
        new UpdateOpenIDConnectProviderThumbprintCommand({
          OpenIDConnectProviderArn: op.arn,
          ThumbprintList: op.thumbprints,
        }),
      );
      return;
    case "AddClientIDToOpenIDConnectProvider":
      await iam.send(
        new AddClientIDToOpenIDConnectProviderCommand({
          OpenIDConnectProviderArn: op.arn,
          ClientID: op.clientId,
        }),
      );
      return;
    case "RemoveClientIDFromOpenIDConnectProvider":
      await iam.send(
        new RemoveClientIDFromOpenIDConnectProviderCommand({
          OpenIDConnectProviderArn: op.arn,
          ClientID: op.clientId,
        }),
      );
      return;
    case "CreateOpenIDConnectProvider":
      await iam.send(
        new CreateOpenIDConnectProviderCommand({
          Url: op.url,
          ClientIDList: op.clientIds,
          // Optional since IAM validates EKS and other public-CA issuers itself; send one only when known.
          ...(op.thumbprints.length > 0 ? { ThumbprintList: op.thumbprints } : {}),
          Tags: [{ Key: "trustwatch:managed-by", Value: "remediation" }],
        }),
      );
      return;
    case "DeleteOpenIDConnectProvider":
      await iam.send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: op.arn }));
      return;
  }
}

/** Applies a plan's IAM calls in order, with the remediation role's client; stops at the first failure. */
export async function applyOperations(
  iam: IAMClient,
  operations: readonly Operation[],
): Promise<{ applied: Operation[] }> {
  const applied: Operation[] = [];
  for (const op of operations) {
    try {
      await applyOne(iam, op);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new ApplyOperationsError(`${op.op} failed: ${message}`, applied, op, error);
    }
    applied.push(op);
  }
  return { applied };
}
