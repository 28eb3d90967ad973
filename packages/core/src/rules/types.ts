import { z } from "zod";
import type { Inventory } from "../inventory/types";
import type { InventoryIndex } from "./inventory-index";

export const ZSeverity = z.enum(["critical", "high", "medium", "low", "info"]);
export type Severity = z.infer<typeof ZSeverity>;

export const ZResourceType = z.enum([
  "role",
  "provider",
  "cluster",
  "issuer",
  "pod-identity-association",
  "identity-provider-config",
  "account",
]);
export type ResourceType = z.infer<typeof ZResourceType>;

export const ZFinding = z.object({
  ruleId: z.string(),
  severity: ZSeverity,
  fingerprint: z.string(),
  resourceType: ZResourceType,
  resourceArn: z.string(),
  accountId: z.string(),
  title: z.string(),
  evidence: z.record(z.string(), z.unknown()),
  suppressedBy: z.string().optional(),
});
export type Finding = z.infer<typeof ZFinding>;

/** What a rule returns; the engine adds ruleId, fingerprint and the admin-like escalation. */
export type RuleFinding = {
  severity: Severity;
  resourceType: ResourceType;
  resourceArn: string;
  accountId: string;
  title: string;
  evidence: Record<string, unknown>;
  /** Stable detail telling two findings of this rule on one resource apart (no indexes, no times). */
  fingerprintDetail: unknown;
  /** Role whose permissions raise the severity one step when admin-like. */
  escalateForRoleArn?: string;
};

export type RuleContext = {
  inventory: Inventory;
  index: InventoryIndex;
  now: Date;
  previous?: Inventory;
};

export type Rule = {
  id: string;
  title: string;
  defaultSeverity: Severity;
  rationale: string;
  remediationHint: string;
  /** Runs on a single trust policy, with no inventory (analyze-trust CLI). */
  appliesToLonePolicy?: boolean;
  evaluate: (ctx: RuleContext) => RuleFinding[];
};
