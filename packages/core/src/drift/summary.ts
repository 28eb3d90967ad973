import type { TrustAnalysis } from "../trust/types";

/** Compact, JSON-serialisable who-can-assume answer for evidence and drift display. */
export function summarizeTrust(t: TrustAnalysis): Record<string, unknown> {
  return {
    providers: t.providers.map((p) => ({ providerArn: p.providerArn, sub: p.sub, aud: p.aud })),
    services: t.services.map((s) => ({
      service: s.service,
      actions: s.actions,
      conditions: s.conditions.map((c) => `${c.operator} ${c.key}`),
    })),
    awsPrincipals: t.awsPrincipals.map((a) => ({
      principal: a.principal,
      actions: a.actions,
      externalId: a.externalId,
    })),
    wildcardWebIdentityStatements: t.wildcardWebIdentityStatements.length,
  };
}
