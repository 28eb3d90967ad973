import { statementCoversAction, statementCoversPrincipal } from "../policy/match-statement";
import type { ConditionClause, Statement } from "../policy/model";
import { summarize } from "./grant";
import type { PodIdentityConstraints, ServiceTrust, SubjectSet } from "./types";
import { deriveValueSet } from "./value-set";

export const SESSION_ACTIONS = [
  "sts:AssumeRole",
  "sts:TagSession",
  "sts:SetSourceIdentity",
  "sts:SetContext",
] as const;
export const POD_IDENTITY_SERVICE = "pods.eks.amazonaws.com";

// EKS Pod Identity passes these session tags (aws:RequestTag/…) and source keys when it assumes
// the role on behalf of a pod (EKS User Guide: Pod Identity session tags).
const POD_KEYS = {
  clusterArns: "aws:requesttag/eks-cluster-arn",
  clusterNames: "aws:requesttag/eks-cluster-name",
  namespaces: "aws:requesttag/kubernetes-namespace",
  serviceAccounts: "aws:requesttag/kubernetes-service-account",
  sourceAccounts: "aws:sourceaccount",
  sourceArns: "aws:sourcearn",
} as const;

function constraintOn(statements: readonly Statement[], keyLower: string, variables: boolean): SubjectSet {
  // Any of the statements may grant: union of each statement's constraint on the key.
  const sets = statements.map((s) =>
    deriveValueSet(
      s.conditions.filter((c: ConditionClause) => c.keyLower === keyLower),
      variables,
    ),
  );
  if (sets.some((s) => s.kind === "any" && !s.except)) return { kind: "any" };
  const first = sets[0];
  return sets.length === 1 && first ? first : { kind: "any", approximate: true };
}

export function analyzeServices(statements: readonly Statement[], variables: boolean): ServiceTrust[] {
  const services = new Set<string>();
  for (const s of statements)
    if (s.principal?.kind === "map") for (const v of s.principal.service) services.add(v);
  const out: ServiceTrust[] = [];
  for (const service of services) {
    const principal = { type: "Service" as const, id: service };
    const allows = statements.filter((s) => s.effect === "Allow" && statementCoversPrincipal(s, principal));
    const actions = SESSION_ACTIONS.filter((a) => allows.some((s) => statementCoversAction(s, a)));
    if (actions.length === 0) continue;
    const granting = allows.filter((s) => SESSION_ACTIONS.some((a) => statementCoversAction(s, a)));
    const assumeStatements = granting.filter((s) => statementCoversAction(s, "sts:AssumeRole"));
    let podIdentity: PodIdentityConstraints | null = null;
    if (service === POD_IDENTITY_SERVICE) {
      podIdentity = {
        clusterArns: constraintOn(granting, POD_KEYS.clusterArns, variables),
        clusterNames: constraintOn(granting, POD_KEYS.clusterNames, variables),
        namespaces: constraintOn(granting, POD_KEYS.namespaces, variables),
        serviceAccounts: constraintOn(granting, POD_KEYS.serviceAccounts, variables),
        sourceAccounts: constraintOn(
          assumeStatements.length ? assumeStatements : granting,
          POD_KEYS.sourceAccounts,
          variables,
        ),
        sourceArns: constraintOn(
          assumeStatements.length ? assumeStatements : granting,
          POD_KEYS.sourceArns,
          variables,
        ),
      };
    }
    out.push({
      service,
      actions: [...actions],
      statementIndexes: granting.map((s) => s.index),
      conditions: granting.flatMap((s) => s.conditions.map(summarize)),
      unconditioned: assumeStatements.some((s) => s.conditions.length === 0),
      podIdentity,
    });
  }
  return out;
}
