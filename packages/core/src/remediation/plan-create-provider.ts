import { partitionOfArn } from "../arn/parse-arn";
import type { Inventory } from "../inventory/types";
import { normalizeIssuer, providerArnFor } from "../issuers/normalize";
import { InventoryIndex } from "../rules/inventory-index";
import { STS_AUDIENCE } from "../rules/trust/no-aud";
import type { Finding } from "../rules/types";
import { buildPlan } from "./build-plan";
import { providerDocument } from "./documents";
import type { PlanOptions, PlanResult } from "./types";

/** provider.missing: create the cluster issuer's IAM OIDC provider in the cluster's account. */
export function planCreateProvider(finding: Finding, inventory: Inventory, options: PlanOptions): PlanResult {
  const cluster = inventory.clusters.find((c) => c.arn === finding.resourceArn);
  if (!cluster?.issuerUrl)
    return { error: `Cluster ${finding.resourceArn} with an OIDC issuer is not in the current inventory.` };
  const url = normalizeIssuer(cluster.issuerUrl);
  const arn = providerArnFor(partitionOfArn(cluster.arn) ?? "aws", cluster.accountId, url);
  const issuer = inventory.issuers.find((i) => normalizeIssuer(i.url) === url);
  const thumbprint = issuer?.topIntermediateThumbprint?.toLowerCase() ?? null;
  const index = new InventoryIndex(inventory);
  // Roles that already name this exact provider ARN: their trust, dead today, starts to work.
  const reviving = inventory.roles.filter((r) =>
    index.trustOf(r).providers.some((p) => p.providerArn === arn),
  );
  const notes = [
    `Creates ${arn} with client id ${STS_AUDIENCE}${thumbprint ? ` and the observed thumbprint ${thumbprint}` : " (no thumbprint observed: IAM validates EKS issuers against public CAs)"}.`,
  ];
  if (reviving.length > 0)
    notes.push(
      `These roles already trust this provider and become assumable as their policies say: ${reviving.map((r) => r.name).join(", ")}.`,
    );
  return buildPlan(
    {
      kind: "provider.create",
      finding,
      summary: `Create the IAM OIDC provider for cluster ${cluster.name}`,
      targetArn: arn,
      accountId: cluster.accountId,
      resourceType: "provider",
      before: "",
      after: providerDocument({
        url,
        clientIds: [STS_AUDIENCE],
        thumbprints: thumbprint ? [thumbprint] : [],
      }),
      notes,
    },
    inventory,
    options.now,
  );
}
