import { z } from "zod";

/** What a plan changes; rollbacks carry the kind of the plan they undo in `rollbackOf`. */
export const ZRemediationKind = z.enum([
  "trust.tighten-sub",
  "trust.add-aud",
  "trust.remove-dangling-provider",
  "provider.set-thumbprint",
  "provider.fix-audiences",
  "provider.create",
  "provider.delete",
  "rollback",
]);
export type RemediationKind = z.infer<typeof ZRemediationKind>;

/** IAM API calls the executor makes, in order, with the remediation role. */
export const ZOperation = z.discriminatedUnion("op", [
  z.object({ op: z.literal("UpdateAssumeRolePolicy"), roleName: z.string(), document: z.string() }),
  z.object({
    op: z.literal("UpdateOpenIDConnectProviderThumbprint"),
    arn: z.string(),
    thumbprints: z.array(z.string()),
  }),
  z.object({ op: z.literal("AddClientIDToOpenIDConnectProvider"), arn: z.string(), clientId: z.string() }),
  z.object({
    op: z.literal("RemoveClientIDFromOpenIDConnectProvider"),
    arn: z.string(),
    clientId: z.string(),
  }),
  z.object({
    op: z.literal("CreateOpenIDConnectProvider"),
    url: z.string(),
    clientIds: z.array(z.string()),
    thumbprints: z.array(z.string()),
  }),
  z.object({ op: z.literal("DeleteOpenIDConnectProvider"), arn: z.string() }),
]);
export type Operation = z.infer<typeof ZOperation>;

export const ZDiffLine = z.object({ type: z.enum(["same", "add", "remove"]), text: z.string() });
export type DiffLine = z.infer<typeof ZDiffLine>;

export const ZProof = z.object({
  /** The accepted subjects after the change are provably a subset of those before (core evaluator). */
  neverWidens: z.boolean(),
  /** Re-running the finding's rule on the changed inventory no longer yields its fingerprint. */
  resolvesFinding: z.boolean(),
  /** One line per fact checked, for the reviewer. */
  detail: z.array(z.string()),
  /** Consequences a reviewer must know that do not change who the trust policies accept. */
  notes: z.array(z.string()),
});
export type Proof = z.infer<typeof ZProof>;

export const ZPlan = z.object({
  kind: ZRemediationKind,
  /** The finding the plan fixes (rule id and fingerprint), null for a rollback of a manual change. */
  ruleId: z.string().nullable(),
  findingFingerprint: z.string().nullable(),
  summary: z.string(),
  targetArn: z.string(),
  accountId: z.string(),
  resourceType: z.enum(["role", "provider"]),
  /** Pretty-printed JSON; "" when the resource does not exist on that side (create / delete). */
  before: z.string(),
  after: z.string(),
  diff: z.array(ZDiffLine),
  operations: z.array(ZOperation),
  proof: ZProof,
  /** tighten-sub: the exact subjects the role will accept. */
  subjects: z.array(z.string()).optional(),
});
export type Plan = z.infer<typeof ZPlan>;

export type PlanError = { error: string };
export type PlanResult = Plan | PlanError;

export type PlanOptions = {
  /** Evaluation clock (rules such as role.unused read it); never read from the system. */
  now: Date;
  /** tighten-sub: service accounts as `namespace:name`, `namespace/name` or full subjects. */
  serviceAccounts?: string[];
};

export function isPlanError(result: PlanResult): result is PlanError {
  return "error" in result;
}
