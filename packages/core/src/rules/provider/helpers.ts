import type { Provider } from "../../inventory/types";
import type { RuleFinding, Severity } from "../types";

export function providerFinding(
  p: Provider,
  severity: Severity,
  title: string,
  evidence: Record<string, unknown>,
  detail: unknown = null,
): RuleFinding {
  return {
    severity,
    resourceType: "provider",
    resourceArn: p.arn,
    accountId: p.accountId,
    title,
    evidence: { url: p.url, ...evidence },
    fingerprintDetail: detail,
  };
}
