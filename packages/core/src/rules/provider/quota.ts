import { partitionOfArn } from "../../arn/parse-arn";
import type { Rule, RuleFinding } from "../types";

// IAM quota: 100 OIDC providers per account.
const QUOTA = 100;
const THRESHOLD = 80;

export const providerQuota: Rule = {
  id: "provider.quota",
  title: "80 or more of the 100 OIDC providers of an account in use",
  defaultSeverity: "low",
  rationale:
    "At 100 providers new clusters cannot enable IRSA in the account; orphaned providers usually fill the quota.",
  remediationHint: "Delete orphaned providers (see provider.orphaned) or request a quota increase.",
  evaluate(ctx) {
    const byAccount = new Map<string, string[]>();
    for (const p of ctx.inventory.providers) {
      const list = byAccount.get(p.accountId);
      if (list) list.push(p.arn);
      else byAccount.set(p.accountId, [p.arn]);
    }
    const out: RuleFinding[] = [];
    for (const [accountId, arns] of byAccount) {
      if (arns.length < THRESHOLD) continue;
      const partition = partitionOfArn(arns[0] ?? "") ?? "aws";
      out.push({
        severity: "low",
        resourceType: "account",
        resourceArn: `arn:${partition}:iam::${accountId}:root`,
        accountId,
        title: `Account ${accountId} uses ${arns.length} of ${QUOTA} OIDC providers`,
        evidence: { count: arns.length, quota: QUOTA },
        fingerprintDetail: null,
      });
    }
    return out;
  },
};
