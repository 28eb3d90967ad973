import { eksIssuerUrl, providerArn } from "../../state/arns";
import { eksIssuerId } from "../policies";

/** The ExternalId every demo audit/remediation role expects from the Trustwatch worker. */
export const DEMO_EXTERNAL_ID = "trustwatch-demo-7f3c9a1e";

export const DEMO_ACCOUNTS = {
  management: "100000000001",
  prod: "111111111111",
  staging: "222222222222",
  shared: "333333333333",
  quota: "444444444444",
} as const;

export const DEMO_ORG_ID = "o-exmpl4x7q2";

export const ISSUER_IDS = {
  prodUse1: eksIssuerId("prod-use1"),
  prodEuw1: eksIssuerId("prod-euw1"),
  dataUse1: eksIssuerId("data-use1"),
  stagingUse1: eksIssuerId("staging-use1"),
  stagingEuw1: eksIssuerId("staging-euw1"),
  legacyEuw1: eksIssuerId("legacy-euw1"),
  deletedUse1: eksIssuerId("batch-use1-deleted"),
  toolsEuw1: eksIssuerId("tools-euw1"),
  sandboxUse1: eksIssuerId("sandbox-use1"),
} as const;

/** Every OIDC issuer of the demo, with how it is meant to behave. */
export const DEMO_ISSUERS = {
  prodUse1: eksIssuerUrl("us-east-1", ISSUER_IDS.prodUse1),
  prodEuw1: eksIssuerUrl("eu-west-1", ISSUER_IDS.prodEuw1),
  dataUse1: eksIssuerUrl("us-east-1", ISSUER_IDS.dataUse1),
  stagingUse1: eksIssuerUrl("us-east-1", ISSUER_IDS.stagingUse1),
  /** Signing key frozen for 30 days: issuer.key-rotation-stale. */
  stagingEuw1: eksIssuerUrl("eu-west-1", ISSUER_IDS.stagingEuw1),
  /** Answers 503: issuer.unreachable. */
  legacyEuw1: eksIssuerUrl("eu-west-1", ISSUER_IDS.legacyEuw1),
  /** Cluster deleted; nothing served. */
  deletedUse1: eksIssuerUrl("us-east-1", ISSUER_IDS.deletedUse1),
  /** Serves a ~1.5 MB JWKS. */
  toolsEuw1: eksIssuerUrl("eu-west-1", ISSUER_IDS.toolsEuw1),
  sandboxUse1: eksIssuerUrl("us-east-1", ISSUER_IDS.sandboxUse1),
  github: "https://token.actions.githubusercontent.com",
  /** Discovery `issuer` differs from the URL: issuer.unreachable. */
  gitlab: "https://gitlab.example-corp.com",
  /** Discovery is not JSON: issuer.unreachable. */
  terraform: "https://app.terraform.io",
  /** Healthy user sign-in issuer for EKS identity provider configs. */
  login: "https://login.example-corp.com/realms/k8s",
  /** Leaf certificate expired: access.idp-config-invalid. */
  ssoExpired: "https://sso.example-corp.com",
  /** Chain from an untrusted root: access.idp-config-invalid. */
  dexUntrusted: "https://dex.example-corp.net",
  /** 82 preview-environment issuers on one host: provider.quota. */
  previewBase: "https://auth.preview.example-corp.dev",
} as const;

export function demoProviderArn(account: string, issuerUrl: string): string {
  return providerArn(account, issuerUrl);
}
