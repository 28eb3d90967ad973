import { parseRoleArn } from "../../arn/principal-arn";
import { canAssume } from "../../policy/evaluate";
import { roleFinding } from "../helpers";
import type { Rule, RuleFinding } from "../types";

export const podidentityCrossAccountNoExternalid: Rule = {
  id: "podidentity.cross-account-no-externalid",
  title: "Cross-account Pod Identity target role does not require the association's sts:ExternalId",
  defaultSeverity: "high",
  rationale:
    "EKS chains into the target role with the association's external id; a target trust that does not require it can be assumed by the source role outside that association (confused deputy).",
  remediationHint:
    'Add "StringEquals": { "sts:ExternalId": "<association externalId>" } to the target role trust statement.',
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    for (const a of ctx.inventory.podIdentityAssociations) {
      if (!a.targetRoleArn) continue;
      const target = ctx.index.rolesByArn.get(a.targetRoleArn);
      const source = parseRoleArn(a.roleArn);
      if (!target || !source) continue;
      const principal = {
        type: "AWS" as const,
        id: `arn:${source.partition}:sts::${source.accountId}:assumed-role/${source.name}/eks-pod-identity`,
      };
      const tags = {
        "aws:RequestTag/eks-cluster-arn": a.clusterArn,
        "aws:RequestTag/eks-cluster-name": a.clusterName,
        "aws:RequestTag/kubernetes-namespace": a.namespace,
        "aws:RequestTag/kubernetes-service-account": a.serviceAccount,
      };
      const probe = (externalId: string | undefined) =>
        canAssume(target.trustPolicy, {
          action: "sts:AssumeRole",
          principal,
          context: { ...tags, "sts:ExternalId": externalId },
        }).allowed;
      const withoutId = probe(undefined);
      const withOtherId = probe(`not-${a.externalId ?? "the-association-id"}`);
      if (!withoutId && !withOtherId) continue;
      out.push({
        ...roleFinding(
          target,
          "high",
          `${target.name} accepts ${source.name} without the Pod Identity external id`,
          {
            associationArn: a.associationArn,
            sourceRoleArn: a.roleArn,
            expectedExternalId: a.externalId,
            allowedWithoutExternalId: withoutId,
            allowedWithOtherExternalId: withOtherId,
          },
          { association: a.associationArn },
        ),
      });
    }
    return out;
  },
};
