import { accessIdpConfigClaims } from "./access/idp-config-claims";
import { accessIdpConfigInvalid } from "./access/idp-config-invalid";
import { driftTrustChanged } from "./drift/trust-changed";
import { issuerKeyRotationStale } from "./issuer/key-rotation-stale";
import { issuerUnreachable } from "./issuer/unreachable";
import { podidentityCrossAccountNoExternalid } from "./podidentity/cross-account-no-externalid";
import { podidentityDefaultSa } from "./podidentity/default-sa";
import { podidentityStaleIrsaTrust } from "./podidentity/stale-irsa-trust";
import { podidentityUnconditionedTrust } from "./podidentity/unconditioned-trust";
import { providerAudienceDrift } from "./provider/audience-drift";
import { providerMissing } from "./provider/missing";
import { providerOrphaned } from "./provider/orphaned";
import { providerQuota } from "./provider/quota";
import { providerThumbprintDrift } from "./provider/thumbprint-drift";
import { roleLongSession } from "./role/long-session";
import { roleUnused } from "./role/unused";
import { trustAbsentTolerantOperator } from "./trust/absent-tolerant-operator";
import { trustDanglingProvider } from "./trust/dangling-provider";
import { trustForeignProvider } from "./trust/foreign-provider";
import { trustKeyIssuerMismatch } from "./trust/key-issuer-mismatch";
import { trustLiteralWildcard } from "./trust/literal-wildcard";
import { trustNamespaceWildcardSub } from "./trust/namespace-wildcard-sub";
import { trustNoAud } from "./trust/no-aud";
import { trustNoCondition } from "./trust/no-condition";
import { trustNoSub } from "./trust/no-sub";
import { trustSharedIssuerNoSub } from "./trust/shared-issuer-no-sub";
import { trustSharedIssuerWildcard } from "./trust/shared-issuer-wildcard";
import { trustWildcardSub } from "./trust/wildcard-sub";
import type { Rule } from "./types";

// One line per rule; ids are stable (findings, exceptions and notifications refer to them).
const RULES: readonly Rule[] = [
  trustNoCondition,
  trustNoSub,
  trustWildcardSub,
  trustNamespaceWildcardSub,
  trustNoAud,
  trustKeyIssuerMismatch,
  trustAbsentTolerantOperator,
  trustLiteralWildcard,
  trustDanglingProvider,
  trustForeignProvider,
  trustSharedIssuerNoSub,
  trustSharedIssuerWildcard,
  podidentityUnconditionedTrust,
  podidentityDefaultSa,
  podidentityCrossAccountNoExternalid,
  podidentityStaleIrsaTrust,
  providerOrphaned,
  providerMissing,
  providerThumbprintDrift,
  providerAudienceDrift,
  providerQuota,
  issuerUnreachable,
  issuerKeyRotationStale,
  driftTrustChanged,
  roleLongSession,
  roleUnused,
  accessIdpConfigInvalid,
  accessIdpConfigClaims,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function listRules(): readonly Rule[] {
  return RULES;
}

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
