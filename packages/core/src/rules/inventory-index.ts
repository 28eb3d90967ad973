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
/** Parsed once per distinct document text; the analysis is filled in on first use. */
type DocumentAnalysis = { text: string; policy: PolicyDocument | null; trust: TrustAnalysis | null };
export type RoleProviderPair = RoleTrust & { provider: ProviderTrust };

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
  // Per role ARN (the first role seen with an ARN decides, as rules always assumed), pointing into
  // `byDocument`: identical trust documents (the same CI or cross-account trust stamped on many
  // roles) are parsed and analysed once and share one result, which also keeps the heap small.
  private readonly analyses = new Map<string, DocumentAnalysis>();
  private readonly byDocument = new Map<string, DocumentAnalysis>();
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
    this.rolesByArn = new Map(inventory.roles.map((r) => [r.arn, r]));
    this.accountIds = new Set(inventory.accounts.map((a) => a.accountId));
  }

  trustOf(role: Role): TrustAnalysis {
    const a = this.analysisOf(role);
    // An unparsable document is analysed from its text, which carries the parse error.
    if (!a.trust) a.trust = analyzeTrust(a.policy ?? a.text, this.trustContext);
    return a.trust;
  }

  /** Parsed trust policy, or null when it does not parse (trustOf then carries the error). */
  policyOf(role: Role): PolicyDocument | null {
    return this.analysisOf(role).policy;
  }

  private analysisOf(role: Role): DocumentAnalysis {
    let a = this.analyses.get(role.arn);
    if (!a) {
      a = this.byDocument.get(role.trustPolicy);
      if (!a) {
        // Keyed by the raw text and by the plain JSON text, so a document stored URL-encoded on
        // one role and plain on another is still parsed once.
        const text = policyText(role.trustPolicy);
        a = this.byDocument.get(text);
        if (!a) {
          const r = parsePolicy(text, { kind: "trust" });
          a = { text, policy: r.ok ? r.policy : null, trust: null };
          this.byDocument.set(text, a);
        }
        this.byDocument.set(role.trustPolicy, a);
      }
      this.analyses.set(role.arn, a);
    }
    return a;
  }

  adminLikeOf(roleArn: string): AdminLike {
    let a = this.admin.get(roleArn);
    if (!a) {
      const role = this.rolesByArn.get(roleArn);
      a = role ? assessAdminLike(role) : { adminLike: false, reasons: [] };
      this.admin.set(roleArn, a);
    }
    return a;
  }

  /** Every role with its trust analysis, computed once and shared by all rules. */
  roleTrusts(): readonly RoleTrust[] {
    if (!this.roleTrustList)
      this.roleTrustList = this.inventory.roles.map((role) => ({ role, trust: this.trustOf(role) }));
    return this.roleTrustList;
  }

  /** Every (role, trusted OIDC provider) pair. */
  roleProviderPairs(): readonly RoleProviderPair[] {
    if (!this.pairs)
      this.pairs = this.roleTrusts().flatMap(({ role, trust }) =>
        trust.providers.map((provider) => ({ role, trust, provider })),
      );
    return this.pairs;
  }

  /** Role ARNs whose trust lets some token of the provider in (a live grant). */
  rolesTrustingProvider(providerArn: string): string[] {
    if (!this.trustingProvider) {
      const m = new Map<string, string[]>();
      for (const role of this.inventory.roles) {
        for (const p of this.trustOf(role).providers) {
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
    const t = this.trustOf(role);
    return t.providers.length > 0 || t.services.some((s) => s.service === POD_IDENTITY_SERVICE);
  }

  isEksProvider(p: Provider): boolean {
    return isEksIssuer(p.url);
  }
}
