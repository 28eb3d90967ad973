import type { Cluster, Inventory, Issuer, Provider, Role } from "../inventory/types";
import { isEksIssuer } from "../issuers/eks";
import { normalizeIssuer } from "../issuers/normalize";
import { type AdminLike, assessAdminLike } from "../permissions/admin-like";
import { policyText } from "../policy/decode";
import type { PolicyDocument } from "../policy/model";
import { parsePolicy } from "../policy/parse";
import { analyzeTrust } from "../trust/analyze";
import { isPodIdentity } from "../trust/analyze-services";
import type { ProviderTrust, TrustAnalysis, TrustContext } from "../trust/types";

export type RoleTrust = { role: Role; trust: TrustAnalysis };

/**
 * The roles of `federationRoleTrusts()` as flat arrays, for the rules' per-role loops: each role
 * has the ordinal of its trust document, each document its analysis, parse and providers (those
 * of document d are `providers[firstProvider[d]]` up to `providers[firstProvider[d + 1]]`). A
 * rule judges each distinct document or provider once, then walks the roles through these arrays.
 */
export type FederationTable = {
  roles: readonly Role[];
  documentOf: Int32Array;
  trusts: readonly TrustAnalysis[];
  policies: readonly (PolicyDocument | null)[];
  firstProvider: Int32Array;
  providers: readonly ProviderTrust[];
};

/** One per distinct document text; the parse and the analysis are filled in on first use. */
type DocumentAnalysis = {
  text: string;
  /** False when the text proves the document cannot let a federated, service or wildcard principal in. */
  mayFederate: boolean;
  /** undefined until parsed; null when the document does not parse. */
  policy: PolicyDocument | null | undefined;
  trust: TrustAnalysis | null;
  /** Position in the federation table; -1 until listed there. */
  ordinal: number;
};

// OIDC providers and services come only from Federated and Service principals; every other way
// to reach them, or a wildcard-principal statement, needs a "*" or a NotPrincipal. A backslash
// could hide any of these behind a JSON escape (\u002a), so it also counts. Matching
// case-insensitively only makes the test more conservative. A document without any of these
// (the plain cross-account AWS trust, often unique per role through its sts:ExternalId) yields
// no provider, service, wildcard statement or "*" value, so rules skip it without parsing.
const MAY_FEDERATE = /[*\\]|federated|service|notprincipal/i;
// Returned for every role that is not admin-like; read-only by convention (its reasons are only
// ever read, and only when adminLike is true).
const NOT_ADMIN_LIKE: AdminLike = { adminLike: false, reasons: [] };

function group<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as T;
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
  // The first role with an ARN decides its analysis, as rules always assumed. Built (for every ARN)
  // only when the inventory repeats one: otherwise every role is its own first, and a per-ARN cache in
  // front of `byDocument` would cost a 50k-entry map for nothing.
  private readonly firstRoleByArn: Map<string, Role> | null = null;
  private adminLike: Map<string, AdminLike> | null = null;
  private trustingProvider: Map<string, string[]> | null = null;
  private table: FederationTable | null = null;
  private roleTrustList: RoleTrust[] | null = null;

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
    // Index loops over the roles here and below: they run once per evaluation over every role,
    // mostly before V8 optimises them, and a for-of there allocates an iterator result per step.
    const roles = inventory.roles;
    for (let i = 0; i < roles.length; i++) {
      const r = roles[i] as Role;
      this.rolesByArn.set(r.arn, r); // the last role with an ARN wins here
    }
    // A repeated ARN leaves the map smaller than the list; only then are first roles recorded.
    if (this.rolesByArn.size < roles.length) {
      const first = new Map<string, Role>();
      for (let i = 0; i < roles.length; i++) {
        const r = roles[i] as Role;
        if (!first.has(r.arn)) first.set(r.arn, r);
      }
      this.firstRoleByArn = first;
    }
    this.accountIds = new Set(inventory.accounts.map((a) => a.accountId));
  }

  trustOf(role: Role): TrustAnalysis {
    return this.analysed(this.analysisOf(role));
  }

  private analysed(a: DocumentAnalysis): TrustAnalysis {
    // An unparsable document is analysed from its text, which carries the parse error.
    if (!a.trust) a.trust = analyzeTrust(this.parsed(a) ?? a.text, this.trustContext);
    return a.trust;
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
      if (text !== raw) a = this.byDocument.get(text);
      if (!a) {
        a = { text, mayFederate: MAY_FEDERATE.test(text), policy: undefined, trust: null, ordinal: -1 };
        this.byDocument.set(text, a);
      }
      if (text !== raw) this.byDocument.set(raw, a);
    }
    return a;
  }

  adminLikeOf(roleArn: string): AdminLike {
    this.adminLike ??= this.assessAdminLikeRoles();
    return this.adminLike.get(roleArn) ?? NOT_ADMIN_LIKE;
  }

  /**
   * The admin-like roles by ARN (the last role with an ARN decides, as in rolesByArn). Assessed
   * all at once: every role finding asks, and a lookup in this small map is much cheaper than
   * one among all the roles. Most roles carry no permission policy and are not assessed.
   */
  private assessAdminLikeRoles(): Map<string, AdminLike> {
    const m = new Map<string, AdminLike>();
    const roles = this.inventory.roles;
    for (let i = 0; i < roles.length; i++) {
      const role = roles[i] as Role;
      const hasPolicies = role.attachedPolicies.length > 0 || role.inlinePolicies.length > 0;
      const a = hasPolicies ? assessAdminLike(role) : NOT_ADMIN_LIKE;
      if (a.adminLike) m.set(role.arn, a);
      else if (this.firstRoleByArn) m.delete(role.arn); // a later role with the ARN is not admin-like
    }
    return m;
  }

  /**
   * The roles whose trust may let in an OIDC provider, a service or a wildcard principal (or has
   * a "*" in any value), in inventory order, with their analysis: computed once and shared by all
   * rules. The others trust only named AWS principals; no federation, Pod Identity, workload or
   * literal-"*" rule can fire on them, so they are neither parsed nor analysed here.
   */
  federationRoleTrusts(): readonly RoleTrust[] {
    if (!this.roleTrustList) {
      const { roles, documentOf, trusts } = this.federationTable();
      const list: RoleTrust[] = [];
      for (let i = 0; i < roles.length; i++)
        list.push({ role: roles[i] as Role, trust: trusts[documentOf[i] as number] as TrustAnalysis });
      this.roleTrustList = list;
    }
    return this.roleTrustList;
  }

  /** `federationRoleTrusts()` as a table (see FederationTable). */
  federationTable(): FederationTable {
    if (!this.table) {
      const roles: Role[] = [];
      const ordinals: number[] = [];
      const trusts: TrustAnalysis[] = [];
      const policies: (PolicyDocument | null)[] = [];
      const firstProvider: number[] = [0];
      const providers: ProviderTrust[] = [];
      const all = this.inventory.roles;
      for (let i = 0; i < all.length; i++) {
        const role = all[i] as Role;
        const a = this.analysisOf(role);
        if (!a.mayFederate) continue;
        if (a.ordinal < 0) {
          const trust = this.analysed(a);
          a.ordinal = trusts.length;
          trusts.push(trust);
          policies.push(a.policy ?? null);
          for (let j = 0; j < trust.providers.length; j++)
            providers.push(trust.providers[j] as ProviderTrust);
          firstProvider.push(providers.length);
        }
        roles.push(role);
        ordinals.push(a.ordinal);
      }
      this.table = {
        roles,
        documentOf: Int32Array.from(ordinals),
        trusts,
        policies,
        firstProvider: Int32Array.from(firstProvider),
        providers,
      };
    }
    return this.table;
  }

  /** Role ARNs whose trust lets some token of the provider in (a live grant). */
  rolesTrustingProvider(providerArn: string): string[] {
    if (!this.trustingProvider) {
      const m = new Map<string, string[]>();
      const { roles, documentOf, firstProvider, providers } = this.federationTable();
      for (let i = 0; i < roles.length; i++) {
        const d = documentOf[i] as number;
        for (let j = firstProvider[d] as number; j < (firstProvider[d + 1] as number); j++) {
          const p = providers[j] as ProviderTrust;
          if (p.sub.kind === "none" || p.aud.kind === "none") continue;
          const arns = m.get(p.providerArn);
          if (arns) arns.push((roles[i] as Role).arn);
          else m.set(p.providerArn, [(roles[i] as Role).arn]);
        }
      }
      this.trustingProvider = m;
    }
    return this.trustingProvider.get(providerArn) ?? [];
  }

  isEksProvider(p: Provider): boolean {
    return isEksIssuer(p.url);
  }
}

/** Trusted by an OIDC provider (IRSA and other CI/IdP federation) or by EKS Pod Identity. */
export function isWorkloadTrust(t: TrustAnalysis): boolean {
  return t.providers.length > 0 || t.services.some(isPodIdentity);
}
