import { GetOpenIDConnectProviderCommand, GetRoleCommand, type IAMClient } from "@aws-sdk/client-iam";
import { decodeTrustDocument, parseRoleArn, prettyJson, providerDocument } from "@trustwatch/core";
import { classifyAwsError } from "../errors";

export type LiveTarget = { resourceType: "role" | "provider"; targetArn: string };

/**
 * The resource as IAM holds it now, in the plan's document form (pretty JSON; "" when it does
 * not exist), so the executor can compare it with the plan's "before" (core `sameDocument`).
 */
export async function readLiveState(iam: IAMClient, target: LiveTarget): Promise<string> {
  try {
    if (target.resourceType === "role") {
      const roleName = parseRoleArn(target.targetArn)?.name;
      if (!roleName) throw new Error(`not a role ARN: ${target.targetArn}`);
      const r = await iam.send(new GetRoleCommand({ RoleName: roleName }));
      // GetRole returns the document URL-encoded (RFC 3986); core decodes either form.
      const doc = decodeTrustDocument(r.Role?.AssumeRolePolicyDocument ?? "");
      if (!doc) throw new Error(`the live trust policy of ${roleName} is not JSON`);
      return prettyJson(doc);
    }
    const p = await iam.send(
      new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: target.targetArn }),
    );
    return providerDocument({
      url: (p.Url ?? "").replace(/^https:\/\//, ""),
      clientIds: p.ClientIDList ?? [],
      thumbprints: (p.ThumbprintList ?? []).map((t) => t.toLowerCase()),
    });
  } catch (error) {
    if (classifyAwsError(error).kind === "not-found") return "";
    throw error;
  }
}
