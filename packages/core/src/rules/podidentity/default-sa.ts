import type { Rule, RuleFinding } from "../types";

export const podidentityDefaultSa: Rule = {
  id: "podidentity.default-sa",
  title: "Pod Identity association on the default service account",
  defaultSeverity: "medium",
  rationale:
    "Every pod of the namespace that does not name a service account runs as 'default' and so gets the role.",
  remediationHint: "Create a dedicated service account for the workload and move the association to it.",
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    for (const a of ctx.inventory.podIdentityAssociations) {
      if (a.serviceAccount !== "default") continue;
      out.push({
        severity: "medium",
        resourceType: "pod-identity-association",
        resourceArn: a.associationArn,
        accountId: a.accountId,
        title: `Pod Identity gives ${a.roleArn} to every pod of namespace ${a.namespace} (default service account)`,
        evidence: {
          clusterArn: a.clusterArn,
          namespace: a.namespace,
          serviceAccount: a.serviceAccount,
          roleArn: a.roleArn,
        },
        fingerprintDetail: null,
        escalateForRoleArn: a.roleArn,
      });
    }
    return out;
  },
};
