import { POD_IDENTITY_SERVICE } from "../../trust/analyze-services";
import { roleFinding } from "../helpers";
import type { Rule, RuleFinding } from "../types";

export const podidentityUnconditionedTrust: Rule = {
  id: "podidentity.unconditioned-trust",
  title: "Role trusts pods.eks.amazonaws.com with no conditions",
  defaultSeverity: "medium",
  rationale:
    "Any Pod Identity association in any cluster of the account (and anyone allowed to create one) can hand this role to a pod; session-tag conditions bind it to a cluster, namespace and service account.",
  remediationHint:
    'Add conditions on "aws:SourceAccount", "aws:SourceArn" (cluster ARN) and "aws:RequestTag/kubernetes-namespace" / "kubernetes-service-account".',
  appliesToLonePolicy: true,
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    for (const { role, trust } of ctx.index.federationRoleTrusts()) {
      const svc = trust.services.find((s) => s.service === POD_IDENTITY_SERVICE);
      if (!svc?.unconditioned) continue;
      out.push(
        roleFinding(
          role,
          "medium",
          `${role.name} trusts EKS Pod Identity without conditions`,
          { statementIndexes: svc.statementIndexes, actions: svc.actions },
          { service: POD_IDENTITY_SERVICE },
        ),
      );
    }
    return out;
  },
};
