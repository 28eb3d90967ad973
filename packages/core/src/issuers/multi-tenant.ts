import { normalizeIssuer } from "./normalize";

/**
 * Issuers that mint tokens for many unrelated customers. Trusting one without restricting the
 * tenant-identifying claim lets anyone with an account there assume the role.
 * - scope "global": one issuer for every customer (anyone on the internet can get a token).
 * - scope "organization": the issuer URL is per customer org, so the exposure is the whole org.
 * `tenantPrefix` matches the literal start of a `sub` pattern that pins the tenant (owner/org):
 * a wildcard after it stays inside the tenant, a wildcard before it crosses tenants.
 */
export type MultiTenantIssuer = {
  id: string;
  name: string;
  scope: "global" | "organization";
  match: (issuer: string) => boolean;
  /** Claim that identifies who the token is for; usually `sub`, `aud` for Cognito. */
  restrictingClaim: "sub" | "aud";
  tenantPrefix: RegExp | null;
  subjectExample: string;
};

const host = (h: string) => (issuer: string) => issuer === h;
const hostPrefix = (h: string) => (issuer: string) => issuer === h || issuer.startsWith(`${h}/`);

export const MULTI_TENANT_ISSUERS: readonly MultiTenantIssuer[] = [
  {
    id: "github-actions",
    name: "GitHub Actions",
    scope: "global",
    // GitHub Enterprise Cloud can use https://token.actions.githubusercontent.com/<enterprise>.
    match: hostPrefix("token.actions.githubusercontent.com"),
    restrictingClaim: "sub",
    tenantPrefix: /^repo:[^*?/:]+\//,
    subjectExample: "repo:octo-org/octo-repo:ref:refs/heads/main",
  },
  {
    id: "gitlab",
    name: "GitLab.com CI",
    scope: "global",
    match: host("gitlab.com"),
    restrictingClaim: "sub",
    tenantPrefix: /^project_path:[^*?/:]+\//,
    subjectExample: "project_path:group/project:ref_type:branch:ref:main",
  },
  {
    id: "terraform-cloud",
    name: "HCP Terraform (Terraform Cloud)",
    scope: "global",
    match: host("app.terraform.io"),
    restrictingClaim: "sub",
    tenantPrefix: /^organization:[^*?:]+:/,
    subjectExample: "organization:acme:project:default:workspace:prod:run_phase:apply",
  },
  {
    id: "circleci",
    name: "CircleCI",
    scope: "organization",
    match: hostPrefix("oidc.circleci.com/org"),
    restrictingClaim: "sub",
    tenantPrefix: /^org\/[^*?/]+\/project\/[^*?/]+\//,
    subjectExample: "org/ORG_ID/project/PROJECT_ID/user/USER_ID",
  },
  {
    id: "bitbucket",
    name: "Bitbucket Pipelines",
    scope: "organization",
    match: (i) => i.startsWith("api.bitbucket.org/2.0/workspaces/"),
    restrictingClaim: "sub",
    tenantPrefix: /^\{[^*?}]+\}/,
    subjectExample: "{REPOSITORY_UUID}:{STEP_UUID}",
  },
  {
    id: "buildkite",
    name: "Buildkite",
    scope: "global",
    match: host("agent.buildkite.com"),
    restrictingClaim: "sub",
    tenantPrefix: /^organization:[^*?:]+:/,
    subjectExample: "organization:acme:pipeline:deploy:ref:refs/heads/main:commit:abc:step:deploy",
  },
  {
    id: "google",
    name: "Google accounts",
    scope: "global",
    match: host("accounts.google.com"),
    restrictingClaim: "sub",
    tenantPrefix: null,
    subjectExample: "110169484474386276334",
  },
  {
    id: "cognito",
    name: "Amazon Cognito identity pools",
    scope: "global",
    // Any identity pool in any account can mint for this issuer; the pool id is in `aud`.
    match: host("cognito-identity.amazonaws.com"),
    restrictingClaim: "aud",
    tenantPrefix: null,
    subjectExample: "us-east-1:12345678-aaaa-bbbb-cccc-123456789012",
  },
];

export function findMultiTenantIssuer(issuer: string): MultiTenantIssuer | null {
  const n = normalizeIssuer(issuer);
  return MULTI_TENANT_ISSUERS.find((m) => m.match(n)) ?? null;
}

export function isMultiTenantIssuer(issuer: string): boolean {
  return findMultiTenantIssuer(issuer) !== null;
}
