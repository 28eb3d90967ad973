import { normalizeIssuer } from "./normalize";

// EKS issuers: https://oidc.eks.<region>.amazonaws.com/id/<32 hex, upper case>; China regions
// use the amazonaws.com.cn domain. Region codes: us-east-1, cn-north-1, us-gov-west-1, eusc-de-east-1…
const EKS_ISSUER = /^oidc\.eks\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com(\.cn)?\/id\/([A-Za-z0-9]+)$/;

export type EksIssuer = { region: string; id: string; partition: "aws" | "aws-cn" | "aws-us-gov" };

export function parseEksIssuer(issuer: string): EksIssuer | null {
  const m = EKS_ISSUER.exec(normalizeIssuer(issuer));
  if (!m) return null;
  const region = m[1] ?? "";
  const id = m[3] ?? "";
  const partition = m[2] ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  return { region, id, partition };
}

export function isEksIssuer(issuer: string): boolean {
  return parseEksIssuer(issuer) !== null;
}
