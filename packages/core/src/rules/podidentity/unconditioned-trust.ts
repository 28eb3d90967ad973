import { isPodIdentity, POD_IDENTITY_SERVICE } from "../../trust/analyze-services";
import type { ServiceTrust, TrustAnalysis } from "../../trust/types";
import { forEachFlaggedTrust } from "../flagged";
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
    forEachFlaggedTrust(ctx, unconditionedPodIdentity, (role, _trust, svc) => {
      out.push(
        roleFinding(
          role,
          "medium",
          `${role.name} trusts EKS Pod Identity without conditions`,
          { statementIndexes: svc.statementIndexes, actions: svc.actions },
          { service: POD_IDENTITY_SERVICE },
        ),
      );
    });
    return out;
  },
};

/** The Pod Identity service trust, when some Allow grants it sts:AssumeRole with no condition. */
function unconditionedPodIdentity(trust: TrustAnalysis): ServiceTrust | null {
  const svc = trust.services.find(isPodIdentity);
  return svc?.unconditioned ? svc : null;
}
