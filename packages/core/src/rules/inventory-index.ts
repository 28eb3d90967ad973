import type { Cluster, Inventory, Issuer, Provider, Role } from "../inventory/types";
import { isEksIssuer } from "../issuers/eks";
import { normalizeIssuer } from "../issuers/normalize";
import { type AdminLike, assessAdminLike } from "../permissions/admin-like";
import { policyText } from "../policy/decode";
import type { PolicyDocument } from "../policy/model";
import { parsePolicy } from "../policy/parse";
import { analyzeTrust } from "../trust/analyze";
import { POD_IDENTITY_SERVICE } from "../trust/analyze-services";
import type { ProviderTrust, TrustAnalysis, TrustContext } from "../trust/types";

export type RoleTrust = { role: Role; trust: TrustAnalysis };
export type RoleProviderPair = RoleTrust & { provider: ProviderTrust };

/** One per distinct document text; the parse and the analysis are filled in on first use. */
type DocumentAnalysis = {
  text: string;
  /** False when the text proves the document cannot let a federated, service or wildcard principal in. */
  mayFederate: boolean;
  /** undefined until parsed; null when the document does not parse. */
  policy: PolicyDocument | null | undefined;
  trust: TrustAnalysis | null;
};

// OIDC providers and services come only from Federated and Service principals; every other way
// to reach them, or a wildcard-principal statement, needs a "*" or a NotPrincipal. A backslash
// could hide any of these behind a JSON escape (\u002a), so it also counts. Matching
// case-insensitively only makes the test more conservative. A document without any of these
// (the plain cross-account AWS trust, often unique per role through its sts:ExternalId) yields
// no provider, service, wildcard statement or "*" value, so rules skip it without parsing.
const MAY_FEDERATE = /[*\\]|federated|service|notprincipal/i;

// Shared by every role without permission policies; read-only by convention (its reasons are
// only ever read, and only when adminLike is true).
const NOT_ADMIN_LIKE: AdminLike = { adminLike: false, reasons: [] };

function group<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k === null) continue;
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Lookups shared by all rules, built once per evaluation; trust analyses are computed lazily. */
export class InventoryIndex {
  readonly providersByArn: Map<string, Provider>;
  readonly providersByIssuer: Map<string, Provider[]>;
  readonly clustersByIssuer: Map<string, Cluster[]>;
  readonly issuersByUrl: Map<string, Issuer>;
  readonly rolesByArn: Map<string, Role>;
  readonly accountIds: Set<string>;
  // Identical trust documents (the same CI or cross-account trust stamped on many roles) are
  // parsed and analysed once and share one result, which also keeps the heap small.
  private readonly byDocument = new Map<string, DocumentAnalysis>();
  // The first role with an ARN decides its analysis, as rules always assumed. Built only when the
  // inventory repeats an ARN: otherwise every role is its own first, and a per-ARN cache in
  // front of `byDocument` would cost a 50k-entry map for nothing.
  private readonly firstRoleByArn: Map<string, Role> | null = null;
  private readonly admin = new Map<string, AdminLike>();
  private trustingProvider: Map<string, string[]> | null = null;
  private roleTrustList: RoleTrust[] | null = null;
  private pairs: RoleProviderPair[] | null = null;

  constructor(
    readonly inventory: Inventory,
    private readonly trustContext: TrustContext = {},
  ) {
    this.providersByArn = new Map(inventory.providers.map((p) => [p.arn, p]));
    this.providersByIssuer = group(inventory.providers, (p) => normalizeIssuer(p.url));
    this.clustersByIssuer = group(inventory.clusters, (c) =>
      c.issuerUrl ? normalizeIssuer(c.issuerUrl) : null,
    );
    this.issuersByUrl = new Map(inventory.issuers.map((i) => [normalizeIssuer(i.url), i]));
    this.rolesByArn = new Map();
    for (const r of inventory.roles) {
      const seen = this.rolesByArn.get(r.arn);
      if (seen) {
        this.firstRoleByArn ??= new Map();
        if (!this.firstRoleByArn.has(r.arn)) this.firstRoleByArn.set(r.arn, seen);
      }
      this.rolesByArn.set(r.arn, r); // the last role with an ARN wins here
    }
    this.accountIds = new Set(inventory.accounts.map((a) => a.accountId));
  }

  trustOf(role: Role): TrustAnalysis {
    const a = this.analysisOf(role);
    // An unparsable document is analysed from its text, which carries the parse error.
    if (!a.trust) a.trust = analyzeTrust(this.parsed(a) ?? a.text, this.trustContext);
    return a.trust;
  }

  /** Parsed trust policy, or null when it does not parse (trustOf then carries the error). */
  policyOf(role: Role): PolicyDocument | null {
    return this.parsed(this.analysisOf(role));
  }

  private parsed(a: DocumentAnalysis): PolicyDocument | null {
    if (a.policy === undefined) {
      const r = parsePolicy(a.text, { kind: "trust" });
      a.policy = r.ok ? r.policy : null;
    }
    return a.policy;
  }

  private analysisOf(role: Role): DocumentAnalysis {
    const raw = (this.firstRoleByArn?.get(role.arn) ?? role).trustPolicy;
    let a = this.byDocument.get(raw);
    if (!a) {
      // Keyed by the raw text and by the plain JSON text, so a document stored URL-encoded on
      // one role and plain on another is still parsed once.
      const text = policyText(raw);
      a = this.byDocument.get(text);
      if (!a) {
        a = { text, mayFederate: MAY_FEDERATE.test(text), policy: undefined, trust: null };
        this.byDocument.set(text, a);
      }
      this.byDocument.set(raw, a);
    }
    return a;
  }

  adminLikeOf(roleArn: string): AdminLike {
    const role = this.rolesByArn.get(roleArn);
    // Most roles carry no permission policy: nothing to assess, nothing worth a cache entry.
    if (!role || (role.attachedPolicies.length === 0 && role.inlinePolicies.length === 0))
      return NOT_ADMIN_LIKE;
    let a = this.admin.get(roleArn);
    if (!a) {
      a = assessAdminLike(role);
      this.admin.set(roleArn, a);
    }
    return a;
  }

  /**
   * The roles whose trust may let in an OIDC provider, a service or a wildcard principal (or has
   * a "*" in any value), in inventory order, with their analysis: computed once and shared by all
   * rules. The others trust only named AWS principals; no federation, Pod Identity, workload or
   * literal-"*" rule can fire on them, so they are neither parsed nor analysed here.
   */
  federationRoleTrusts(): readonly RoleTrust[] {
    if (!this.roleTrustList) {
      const list: RoleTrust[] = [];
      for (const role of this.inventory.roles)
        if (this.analysisOf(role).mayFederate) list.push({ role, trust: this.trustOf(role) });
      this.roleTrustList = list;
    }
    return this.roleTrustList;
  }

  /** Every (role, trusted OIDC provider) pair. */
  roleProviderPairs(): readonly RoleProviderPair[] {
    if (!this.pairs)
      this.pairs = this.federationRoleTrusts().flatMap(({ role, trust }) =>
        trust.providers.map((provider) => ({ role, trust, provider })),
      );
    return this.pairs;
  }

  /** Role ARNs whose trust lets some token of the provider in (a live grant). */
  rolesTrustingProvider(providerArn: string): string[] {
    if (!this.trustingProvider) {
      const m = new Map<string, string[]>();
      for (const { role, trust } of this.federationRoleTrusts()) {
        for (const p of trust.providers) {
          if (p.sub.kind === "none" || p.aud.kind === "none") continue;
          const list = m.get(p.providerArn) ?? [];
          list.push(role.arn);
          m.set(p.providerArn, list);
        }
      }
      this.trustingProvider = m;
    }
    return this.trustingProvider.get(providerArn) ?? [];
  }

  /** Workload roles: trusted by an OIDC provider (IRSA and other CI/IdP federation) or Pod Identity. */
  isWorkloadRole(role: Role): boolean {
    if (!this.analysisOf(role).mayFederate) return false;
    const t = this.trustOf(role);
    return t.providers.length > 0 || t.services.some((s) => s.service === POD_IDENTITY_SERVICE);
  }

  isEksProvider(p: Provider): boolean {
    return isEksIssuer(p.url);
  }
}
