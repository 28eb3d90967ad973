import type { Inventory, Role } from "../inventory/types";
import { normalizeIssuer } from "../issuers/normalize";
import { analyzeTrust } from "../trust/analyze";
import { isTrustSubset } from "../trust/subject-set";
import { summarizeTrust } from "./summary";

export type TrustChange = {
  roleArn: string;
  accountId: string;
  /** widened: someone can assume now who could not before (not provably a subset of the old trust). */
  change: "widened" | "narrowed" | "widened-and-narrowed" | "rewritten";
  widened: boolean;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

export type ListChange = { arn: string; before: string[]; after: string[] };

export type InventoryDiff = {
  roles: { appeared: string[]; vanished: string[]; trustChanged: TrustChange[] };
  providers: {
    appeared: string[];
    vanished: string[];
    thumbprintsChanged: ListChange[];
    audiencesChanged: ListChange[];
  };
  clusters: { appeared: string[]; vanished: string[] };
  issuers: {
    appeared: string[];
    vanished: string[];
    keysRotated: { url: string; addedKids: string[]; removedKids: string[] }[];
  };
};

function appearedVanished<T>(before: readonly T[], after: readonly T[], key: (t: T) => string) {
  const b = new Set(before.map(key));
  const a = new Set(after.map(key));
  return { appeared: [...a].filter((k) => !b.has(k)), vanished: [...b].filter((k) => !a.has(k)) };
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const sa = new Set(a.map((x) => x.toLowerCase()));
  const sb = new Set(b.map((x) => x.toLowerCase()));
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};

function compareTrust(before: Role, after: Role): TrustChange | null {
  if (before.trustPolicy === after.trustPolicy) return null;
  const b = analyzeTrust(before.trustPolicy);
  const a = analyzeTrust(after.trustPolicy);
  const widened = !isTrustSubset(a, b);
  const narrowed = !isTrustSubset(b, a);
  const change =
    widened && narrowed ? "widened-and-narrowed" : widened ? "widened" : narrowed ? "narrowed" : "rewritten";
  return {
    roleArn: after.arn,
    accountId: after.accountId,
    change,
    widened,
    before: summarizeTrust(b),
    after: summarizeTrust(a),
  };
}

/**
 * The roles (by ARN) whose trust policy differs between the two scans, compared by who can
 * assume them. The drift rule needs only this: not the whole diff's sets of every ARN.
 */
export function trustChanges(previous: Inventory, current: Inventory): TrustChange[] {
  const prevRoles = new Map<string, Role>();
  for (const r of previous.roles) prevRoles.set(r.arn, r);
  const changes: TrustChange[] = [];
  for (const role of current.roles) {
    const before = prevRoles.get(role.arn);
    const change = before ? compareTrust(before, role) : null;
    if (change) changes.push(change);
  }
  return changes;
}

/** What changed between two scans of the org. Pure; role trust compared by who-can-assume. */
export function diffInventories(previous: Inventory, current: Inventory): InventoryDiff {
  const trustChanged = trustChanges(previous, current);
  const prevProviders = new Map(previous.providers.map((p) => [p.arn, p]));
  const thumbprintsChanged: ListChange[] = [];
  const audiencesChanged: ListChange[] = [];
  for (const p of current.providers) {
    const before = prevProviders.get(p.arn);
    if (!before) continue;
    if (!sameSet(before.thumbprints, p.thumbprints))
      thumbprintsChanged.push({ arn: p.arn, before: before.thumbprints, after: p.thumbprints });
    if (!sameSet(before.clientIds, p.clientIds))
      audiencesChanged.push({ arn: p.arn, before: before.clientIds, after: p.clientIds });
  }
  const prevIssuers = new Map(previous.issuers.map((i) => [normalizeIssuer(i.url), i]));
  const keysRotated: InventoryDiff["issuers"]["keysRotated"] = [];
  for (const i of current.issuers) {
    const before = prevIssuers.get(normalizeIssuer(i.url));
    if (!before) continue;
    const b = new Set(before.keys.map((k) => k.kid));
    const a = new Set(i.keys.map((k) => k.kid));
    const addedKids = [...a].filter((k) => !b.has(k));
    const removedKids = [...b].filter((k) => !a.has(k));
    if (addedKids.length + removedKids.length > 0) keysRotated.push({ url: i.url, addedKids, removedKids });
  }
  return {
    roles: { ...appearedVanished(previous.roles, current.roles, (r) => r.arn), trustChanged },
    providers: {
      ...appearedVanished(previous.providers, current.providers, (p) => p.arn),
      thumbprintsChanged,
      audiencesChanged,
    },
    clusters: appearedVanished(previous.clusters, current.clusters, (c) => c.arn),
    issuers: {
      ...appearedVanished(previous.issuers, current.issuers, (i) => normalizeIssuer(i.url)),
      keysRotated,
    },
  };
}
