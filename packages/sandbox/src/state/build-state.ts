import { SANDBOX_CA_THUMBPRINT, type Scenario, type ScenarioAccount } from "../scenarios/types";
import { clusterArn, providerArn, roleArn } from "./arns";
import { stableIamId } from "./ids";
import type { AccountState, RoleState, SandboxState } from "./types";

export function buildState(scenario: Scenario, caThumbprint: string): SandboxState {
  const specs = new Map<string, ScenarioAccount>(scenario.accounts.map((a) => [a.id, a]));
  const live = new Map<string, AccountState>();
  return {
    externalId: scenario.externalId,
    organization: scenario.organization,
    caThumbprint,
    accountIds: () => [...specs.keys()],
    accountSummary(id) {
      const spec = live.get(id) ?? specs.get(id);
      return spec && { id: spec.id, name: spec.name, email: spec.email };
    },
    account(id) {
      const cached = live.get(id);
      if (cached) return cached;
      const spec = specs.get(id);
      if (!spec) return undefined;
      const account = materialize(spec, caThumbprint);
      live.set(id, account);
      return account;
    },
  };
}

function materialize(spec: ScenarioAccount, caThumbprint: string): AccountState {
  const copy = structuredClone(spec);
  const roles = new Map<string, RoleState>();
  for (const role of copy.roles) {
    const path = role.path ?? "/";
    const arn = roleArn(copy.id, role.name, path);
    roles.set(role.name, { ...role, path, arn, roleId: stableIamId("AROA", arn) });
  }
  return {
    id: copy.id,
    name: copy.name,
    email: copy.email,
    regions: copy.regions,
    eksUnavailableRegions: new Set(copy.eksUnavailableRegions ?? []),
    providers: new Map(
      copy.providers.map((p) => {
        const thumbprints = p.thumbprints.map((t) => (t === SANDBOX_CA_THUMBPRINT ? caThumbprint : t));
        const arn = providerArn(copy.id, p.url);
        return [arn, { ...p, thumbprints, arn }];
      }),
    ),
    roles,
    managedPolicies: new Map((copy.managedPolicies ?? []).map((p) => [p.arn, p])),
    clusters: copy.clusters.map((c) => ({ ...c, arn: clusterArn(copy.id, c.region, c.name) })),
  };
}
