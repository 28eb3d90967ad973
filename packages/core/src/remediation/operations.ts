import { partitionOfArn } from "../arn/parse-arn";
import { parseRoleArn } from "../arn/principal-arn";
import type { Inventory } from "../inventory/types";
import { normalizeIssuer, providerArnFor, toIssuerUrl } from "../issuers/normalize";
import { decodeTrustDocument, parseProviderDocument, type ResourceKind } from "./documents";
import type { Operation, Plan } from "./types";

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The IAM calls that turn `before` into `after`. Derived from the two documents, so a plan and
 * its rollback (the same documents swapped) always stay each other's inverse.
 */
export function operationsFor(
  kind: ResourceKind,
  targetArn: string,
  before: string,
  after: string,
): Operation[] | { error: string } {
  if (kind === "role") {
    const roleName = parseRoleArn(targetArn)?.name;
    const doc = decodeTrustDocument(after);
    if (!roleName || !doc) return { error: `cannot update the trust policy of ${targetArn}` };
    // IAM stores the document as sent: compact JSON keeps it well under the 2,048-character quota.
    return [{ op: "UpdateAssumeRolePolicy", roleName, document: JSON.stringify(doc) }];
  }
  const from = parseProviderDocument(before);
  const to = parseProviderDocument(after);
  if (!from && !to) return { error: "nothing to change" };
  if (!from && to)
    return [
      {
        op: "CreateOpenIDConnectProvider",
        url: toIssuerUrl(to.url),
        clientIds: to.clientIds,
        thumbprints: to.thumbprints,
      },
    ];
  if (from && !to) return [{ op: "DeleteOpenIDConnectProvider", arn: targetArn }];
  if (!from || !to) return { error: "unreadable provider document" };
  if (from.url !== to.url) return { error: "a provider's URL cannot change; delete and create it instead" };
  const ops: Operation[] = [];
  const lower = (xs: string[]) => xs.map((t) => t.toLowerCase());
  if (!sameSet(lower(from.thumbprints), lower(to.thumbprints)))
    ops.push({ op: "UpdateOpenIDConnectProviderThumbprint", arn: targetArn, thumbprints: to.thumbprints });
  // Add before remove: a provider must keep at least one client id at every step.
  for (const clientId of to.clientIds.filter((c) => !from.clientIds.includes(c)))
    ops.push({ op: "AddClientIDToOpenIDConnectProvider", arn: targetArn, clientId });
  for (const clientId of from.clientIds.filter((c) => !to.clientIds.includes(c)))
    ops.push({ op: "RemoveClientIDFromOpenIDConnectProvider", arn: targetArn, clientId });
  return ops;
}

/** The inventory as it will be once the plan's operations succeed (for re-running the rules). */
export function applyOperationsToInventory(
  inventory: Inventory,
  plan: Pick<Plan, "accountId" | "targetArn" | "operations">,
): Inventory {
  let roles = inventory.roles;
  let providers = inventory.providers;
  const mapProvider = (
    arn: string,
    f: (p: Inventory["providers"][number]) => Inventory["providers"][number],
  ) => {
    providers = providers.map((p) => (p.arn === arn ? f(p) : p));
  };
  for (const op of plan.operations) {
    switch (op.op) {
      case "UpdateAssumeRolePolicy":
        roles = roles.map((r) =>
          r.accountId === plan.accountId && r.name === op.roleName ? { ...r, trustPolicy: op.document } : r,
        );
        break;
      case "UpdateOpenIDConnectProviderThumbprint":
        mapProvider(op.arn, (p) => ({ ...p, thumbprints: op.thumbprints.map((t) => t.toLowerCase()) }));
        break;
      case "AddClientIDToOpenIDConnectProvider":
        mapProvider(op.arn, (p) =>
          p.clientIds.includes(op.clientId) ? p : { ...p, clientIds: [...p.clientIds, op.clientId] },
        );
        break;
      case "RemoveClientIDFromOpenIDConnectProvider":
        mapProvider(op.arn, (p) => ({ ...p, clientIds: p.clientIds.filter((c) => c !== op.clientId) }));
        break;
      case "CreateOpenIDConnectProvider": {
        const partition = partitionOfArn(plan.targetArn) ?? "aws";
        providers = [
          ...providers,
          {
            arn: providerArnFor(partition, plan.accountId, op.url),
            accountId: plan.accountId,
            url: normalizeIssuer(op.url),
            clientIds: op.clientIds,
            thumbprints: op.thumbprints.map((t) => t.toLowerCase()),
            tags: {},
            createdAt: null,
          },
        ];
        break;
      }
      case "DeleteOpenIDConnectProvider":
        providers = providers.filter((p) => p.arn !== op.arn);
        break;
    }
  }
  return { ...inventory, roles, providers };
}
