import {
  describeAudienceSet,
  describeSubjectSet,
  globContains,
  POD_IDENTITY_SERVICE,
  type SubjectSet,
  sameIssuer,
  type TrustAnalysis,
} from "@trustwatch/core";
import { z } from "zod";

export const ZWhoCanAssume = z.object({
  kind: z.enum(["oidc", "service", "aws"]),
  principal: z.string(),
  /** What the principal is in words: "EKS cluster prod-use1", "GitHub Actions", "EKS Pod Identity". */
  label: z.string(),
  /** One plain-words line per subject or pattern, with the raw value when there is one. */
  subjects: z.array(z.object({ text: z.string(), raw: z.string().nullable() })),
  audiences: z.string().nullable(),
  /** True when anyone the issuer or service vouches for gets in. */
  isOpen: z.boolean(),
});
export type WhoCanAssume = z.infer<typeof ZWhoCanAssume>;

type ClusterRef = { name: string; issuerUrl: string | null };

function rawValues(set: SubjectSet): (string | null)[] {
  if (set.kind === "exact") return set.values;
  if (set.kind === "patterns") return [...(set.values ?? []), ...set.patterns];
  return [null];
}

/** The set admits every subject the issuer signs (every service account, for EKS). */
function isEverySubject(set: SubjectSet): boolean {
  if (set.kind === "any") return !set.except;
  if (set.kind !== "patterns") return false;
  return set.patterns.some((p) => /^\*+$/.test(p) || globContains(p, "system:serviceaccount:*:*"));
}

/**
 * The trust analysis in plain words, per trusted principal. EKS issuers are named by the
 * clusters that use them ("any service account in cluster prod-use1").
 */
export function describeWhoCanAssume(
  analysis: TrustAnalysis,
  clusters: readonly ClusterRef[],
): WhoCanAssume[] {
  const out: WhoCanAssume[] = [];
  for (const p of analysis.providers) {
    const names = p.issuer
      ? clusters.filter((c) => c.issuerUrl && sameIssuer(c.issuerUrl, p.issuer ?? "")).map((c) => c.name)
      : [];
    const clusterWords = names.length > 0 ? `cluster ${names.join(", ")}` : null;
    const label = p.multiTenant?.name ?? (clusterWords ? `EKS ${clusterWords}` : (p.issuer ?? p.providerArn));
    const texts = describeSubjectSet(p.sub, {
      kubernetes: p.isEks,
      issuerName: p.multiTenant?.name ?? p.issuer ?? undefined,
    }).map((t) => (clusterWords ? t.replace("in the cluster", `in ${clusterWords}`) : t));
    const raws = rawValues(p.sub);
    out.push({
      kind: "oidc",
      principal: p.providerArn,
      label,
      subjects: texts.map((text, i) => ({ text, raw: raws[i] ?? null })),
      audiences: describeAudienceSet(p.aud),
      isOpen: isEverySubject(p.sub),
    });
  }
  for (const s of analysis.services) {
    const isPodIdentity = s.service === POD_IDENTITY_SERVICE;
    out.push({
      kind: "service",
      principal: s.service,
      label: isPodIdentity ? "EKS Pod Identity" : s.service,
      subjects: s.unconditioned
        ? [
            {
              text: `any ${isPodIdentity ? "pod given this role by a Pod Identity association" : "caller of the service"}, with no condition`,
              raw: null,
            },
          ]
        : s.conditions.map((c) => ({ text: `${c.operator} ${c.key}: ${c.values.join(", ")}`, raw: null })),
      audiences: null,
      isOpen: s.unconditioned,
    });
  }
  for (const a of analysis.awsPrincipals) {
    const externalId = a.externalId.kind === "any" ? "no ExternalId required" : "requires an ExternalId";
    out.push({
      kind: "aws",
      principal: a.principal,
      label: a.kind === "any" ? "any AWS principal" : `AWS ${a.kind} ${a.principal}`,
      subjects: [{ text: `${a.actions.join(", ")} — ${externalId}`, raw: null }],
      audiences: null,
      isOpen: a.kind === "any",
    });
  }
  return out;
}

/** One line for tables: the first plain-words subject of each principal. */
export function summarizeWhoCanAssume(entries: readonly WhoCanAssume[]): string {
  if (entries.length === 0) return "nobody (no trusted principal found)";
  return entries.map((e) => `${e.label}: ${e.subjects.map((s) => s.text).join("; ") || "—"}`).join(" · ");
}
