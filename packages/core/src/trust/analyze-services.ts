import { statementCoversAction, statementCoversPrincipal } from "../policy/match-statement";
import type { Statement } from "../policy/model";
import { summarize } from "./grant";
import { clausesOn } from "./keys";
import type { PodIdentityConstraints, ServiceTrust, SubjectSet } from "./types";
import { deriveValueSet } from "./value-set";

export const SESSION_ACTIONS = [
  "sts:AssumeRole",
  "sts:TagSession",
  "sts:SetSourceIdentity",
  "sts:SetContext",
] as const;
export const POD_IDENTITY_SERVICE = "pods.eks.amazonaws.com";

/** Trust granted to EKS Pod Identity (the pods.eks service principal). */
export function isPodIdentity(s: ServiceTrust): boolean {
  return s.service === POD_IDENTITY_SERVICE;
}

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
  let only: SubjectSet | null = null;
  let unconstrained = false;
  for (let i = 0; i < statements.length; i++) {
    const set = deriveValueSet(clausesOn((statements[i] as Statement).conditions, keyLower), variables);
    if (set.kind === "any" && !set.except) unconstrained = true;
    only = set;
  }
  if (unconstrained) return { kind: "any" };
  return statements.length === 1 && only ? only : { kind: "any", approximate: true };
}

function coversSessionAction(s: Statement): boolean {
  for (let i = 0; i < SESSION_ACTIONS.length; i++)
    if (statementCoversAction(s, SESSION_ACTIONS[i] as string)) return true;
  return false;
}

export function analyzeServices(statements: readonly Statement[], variables: boolean): ServiceTrust[] {
  const services = new Set<string>();
  for (let i = 0; i < statements.length; i++) {
    const p = (statements[i] as Statement).principal;
    if (p?.kind === "map") for (let j = 0; j < p.service.length; j++) services.add(p.service[j] as string);
  }
  const out: ServiceTrust[] = [];
  // Most trust documents name no service principal.
  if (services.size === 0) return out;
  for (const service of services) {
    const principal = { type: "Service" as const, id: service };
    const allows = statements.filter((s) => s.effect === "Allow" && statementCoversPrincipal(s, principal));
    const actions = SESSION_ACTIONS.filter((a) => allows.some((s) => statementCoversAction(s, a)));
    if (actions.length === 0) continue;
    const granting = allows.filter(coversSessionAction);
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
