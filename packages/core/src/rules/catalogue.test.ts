import { describe, expect, it } from "vitest";
import type { Inventory } from "../inventory/types";
import {
  association,
  cluster,
  daysAgo,
  inventory,
  issuer,
  NOW,
  provider,
  role,
} from "../test-support/inventory";
import {
  ACCOUNT,
  EKS_ISSUER,
  EKS_PROVIDER,
  GITHUB_ISSUER,
  GITHUB_PROVIDER,
  irsaPolicy,
  OTHER_EKS_ISSUER,
  podIdentityPolicy,
  policy,
  webIdentityStatement,
} from "../test-support/policies";
import { evaluate } from "./evaluate";
import { getRule, listRules } from "./registry";
import type { Severity } from "./types";

const SUB = `${EKS_ISSUER}:sub`;
const AUD = `${EKS_ISSUER}:aud`;
const GH_SUB = `${GITHUB_ISSUER}:sub`;
const GH_AUD = `${GITHUB_ISSUER}:aud`;
const STS = "sts.amazonaws.com";
const like = (sub: string) =>
  policy(webIdentityStatement(EKS_PROVIDER, { StringLike: { [SUB]: sub }, StringEquals: { [AUD]: STS } }));
const gh = (cond?: Record<string, Record<string, string>>) =>
  policy(webIdentityStatement(GITHUB_PROVIDER, cond));
const roles = (...trust: string[]) => inventory({ roles: trust.map((t, i) => role(`r${i}`, t)) });
const ghInv = (t: string) =>
  inventory({ providers: [provider(), provider(GITHUB_ISSUER)], roles: [role("ci", t)] });
const podAssumer = (roleName: string) => ({
  Effect: "Allow",
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/${roleName}` },
  Action: ["sts:AssumeRole", "sts:TagSession"],
});
const crossAccount = (trust: string) =>
  inventory({
    roles: [role("target", trust)],
    podIdentityAssociations: [
      association({ targetRoleArn: `arn:aws:iam::${ACCOUNT}:role/target`, externalId: "ext-1" }),
    ],
  });

type Case = { rule: string; name: string; inventory: Inventory; previous?: Inventory; expected: Severity[] };

// expected: the severities of this rule's findings (empty = negative case).
const cases: Case[] = [
  {
    rule: "trust.no-condition",
    name: "no condition",
    inventory: roles(policy(webIdentityStatement(EKS_PROVIDER))),
    expected: ["critical"],
  },
  {
    rule: "trust.no-condition",
    name: "Principal * web identity",
    inventory: roles(policy({ Effect: "Allow", Principal: "*", Action: "sts:AssumeRoleWithWebIdentity" })),
    expected: ["critical"],
  },
  { rule: "trust.no-condition", name: "IRSA role", inventory: roles(irsaPolicy("a", "b")), expected: [] },
  {
    rule: "trust.no-condition",
    name: "Principal * bounded by an issuer's sub",
    inventory: roles(
      policy({
        Effect: "Allow",
        Principal: "*",
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: { StringEquals: { [SUB]: "system:serviceaccount:a:b" } },
      }),
    ),
    expected: [],
  },
  {
    rule: "trust.no-sub",
    name: "audience-only",
    inventory: roles(policy(webIdentityStatement(EKS_PROVIDER, { StringEquals: { [AUD]: STS } }))),
    expected: ["high"],
  },
  { rule: "trust.no-sub", name: "sub present", inventory: roles(irsaPolicy("a", "b")), expected: [] },
  {
    rule: "trust.no-sub",
    name: "GitHub is judged by shared-issuer rules",
    inventory: ghInv(gh({ StringEquals: { [GH_AUD]: STS } })),
    expected: [],
  },
  { rule: "trust.wildcard-sub", name: "StringLike *", inventory: roles(like("*")), expected: ["high"] },
  {
    rule: "trust.wildcard-sub",
    name: "system:serviceaccount:*",
    inventory: roles(like("system:serviceaccount:*")),
    expected: ["high"],
  },
  {
    rule: "trust.wildcard-sub",
    name: "namespace pattern is not every SA",
    inventory: roles(like("system:serviceaccount:ops:*")),
    expected: [],
  },
  {
    rule: "trust.namespace-wildcard-sub",
    name: "whole namespace",
    inventory: roles(like("system:serviceaccount:ops:*")),
    expected: ["medium"],
  },
  {
    rule: "trust.namespace-wildcard-sub",
    name: "default SA in any namespace",
    inventory: roles(like("system:serviceaccount:*:default")),
    expected: ["high"],
  },
  {
    rule: "trust.namespace-wildcard-sub",
    name: "exact SA",
    inventory: roles(like("system:serviceaccount:ops:api")),
    expected: [],
  },
  {
    rule: "trust.no-aud",
    name: "sub without aud",
    inventory: roles(
      policy(webIdentityStatement(EKS_PROVIDER, { StringEquals: { [SUB]: "system:serviceaccount:a:b" } })),
    ),
    expected: ["low"],
  },
  {
    rule: "trust.no-aud",
    name: "sub without aud, provider has extra audiences",
    inventory: inventory({
      providers: [provider(EKS_ISSUER, { clientIds: [STS, "other"] })],
      roles: [
        role(
          "r",
          policy(
            webIdentityStatement(EKS_PROVIDER, { StringEquals: { [SUB]: "system:serviceaccount:a:b" } }),
          ),
        ),
      ],
    }),
    expected: ["medium"],
  },
  { rule: "trust.no-aud", name: "sub and aud", inventory: roles(irsaPolicy("a", "b")), expected: [] },
  {
    rule: "trust.key-issuer-mismatch",
    name: "StringEquals on other issuer: dead",
    inventory: roles(irsaPolicy("a", "b", OTHER_EKS_ISSUER)),
    expected: ["medium", "medium"],
  },
  {
    rule: "trust.key-issuer-mismatch",
    name: "IfExists on other issuer: open",
    inventory: roles(
      policy(
        webIdentityStatement(EKS_PROVIDER, {
          StringEqualsIfExists: { [`${OTHER_EKS_ISSUER}:sub`]: "system:serviceaccount:a:b" },
        }),
      ),
    ),
    expected: ["high"],
  },
  {
    rule: "trust.key-issuer-mismatch",
    name: "matching issuer",
    inventory: roles(irsaPolicy("a", "b")),
    expected: [],
  },
  {
    rule: "trust.absent-tolerant-operator",
    name: "ForAllValues on sub",
    inventory: roles(
      policy(
        webIdentityStatement(EKS_PROVIDER, {
          "ForAllValues:StringEquals": { [SUB]: "system:serviceaccount:a:b" },
        }),
      ),
    ),
    expected: ["medium"],
  },
  {
    rule: "trust.absent-tolerant-operator",
    name: "IfExists on aud",
    inventory: roles(
      policy(
        webIdentityStatement(EKS_PROVIDER, {
          StringEquals: { [SUB]: "system:serviceaccount:a:b" },
          StringEqualsIfExists: { [AUD]: STS },
        }),
      ),
    ),
    expected: ["medium"],
  },
  {
    rule: "trust.absent-tolerant-operator",
    name: "plain operators",
    inventory: roles(irsaPolicy("a", "b")),
    expected: [],
  },
  {
    rule: "trust.literal-wildcard",
    name: "StringEquals *",
    inventory: roles(
      policy(webIdentityStatement(EKS_PROVIDER, { StringEquals: { [SUB]: "system:serviceaccount:ops:*" } })),
    ),
    expected: ["info"],
  },
  {
    rule: "trust.literal-wildcard",
    name: "StringLike *",
    inventory: roles(like("system:serviceaccount:ops:*")),
    expected: [],
  },
  {
    rule: "trust.dangling-provider",
    name: "provider missing in scanned account",
    inventory: inventory({ providers: [], clusters: [], roles: [role("r", irsaPolicy("a", "b"))] }),
    expected: ["low"],
  },
  {
    rule: "trust.dangling-provider",
    name: "provider exists",
    inventory: roles(irsaPolicy("a", "b")),
    expected: [],
  },
  {
    rule: "trust.foreign-provider",
    name: "provider in other account",
    inventory: roles(
      irsaPolicy("a", "b", EKS_ISSUER, `arn:aws:iam::999988887777:oidc-provider/${EKS_ISSUER}`),
    ),
    expected: ["low"],
  },
  {
    rule: "trust.foreign-provider",
    name: "same account",
    inventory: roles(irsaPolicy("a", "b")),
    expected: [],
  },
  {
    rule: "trust.shared-issuer-no-sub",
    name: "GitHub aud only",
    inventory: ghInv(gh({ StringEquals: { [GH_AUD]: STS } })),
    expected: ["critical"],
  },
  {
    rule: "trust.shared-issuer-no-sub",
    name: "GitHub no condition",
    inventory: ghInv(gh()),
    expected: ["critical"],
  },
  {
    rule: "trust.shared-issuer-no-sub",
    name: "GitHub pinned repo",
    inventory: ghInv(gh({ StringEquals: { [GH_SUB]: "repo:acme/app:ref:refs/heads/main", [GH_AUD]: STS } })),
    expected: [],
  },
  {
    rule: "trust.shared-issuer-wildcard",
    name: "repo:acme/*",
    inventory: ghInv(gh({ StringLike: { [GH_SUB]: "repo:acme/*" } })),
    expected: ["medium"],
  },
  {
    rule: "trust.shared-issuer-wildcard",
    name: "repo:*",
    inventory: ghInv(gh({ StringLike: { [GH_SUB]: "repo:*/app:*" } })),
    expected: ["high"],
  },
  {
    rule: "trust.shared-issuer-wildcard",
    name: "exact repo",
    inventory: ghInv(gh({ StringEquals: { [GH_SUB]: "repo:acme/app:ref:refs/heads/main" } })),
    expected: [],
  },
  {
    rule: "podidentity.unconditioned-trust",
    name: "no conditions",
    inventory: roles(podIdentityPolicy()),
    expected: ["medium"],
  },
  {
    rule: "podidentity.unconditioned-trust",
    name: "scoped",
    inventory: roles(podIdentityPolicy({ StringEquals: { "aws:SourceAccount": ACCOUNT } })),
    expected: [],
  },
  {
    rule: "podidentity.default-sa",
    name: "default SA",
    inventory: inventory({ podIdentityAssociations: [association({ serviceAccount: "default" })] }),
    expected: ["medium"],
  },
  {
    rule: "podidentity.default-sa",
    name: "dedicated SA",
    inventory: inventory({ podIdentityAssociations: [association()] }),
    expected: [],
  },
  {
    rule: "podidentity.cross-account-no-externalid",
    name: "target trust without ExternalId",
    inventory: crossAccount(policy(podAssumer("pod-role"))),
    expected: ["high"],
  },
  {
    rule: "podidentity.cross-account-no-externalid",
    name: "target trust requires the association's ExternalId",
    inventory: crossAccount(
      policy({ ...podAssumer("pod-role"), Condition: { StringEquals: { "sts:ExternalId": "ext-1" } } }),
    ),
    expected: [],
  },
  {
    rule: "podidentity.stale-irsa-trust",
    name: "both",
    inventory: roles(
      policy(JSON.parse(podIdentityPolicy()).Statement[0], JSON.parse(irsaPolicy("a", "b")).Statement[0]),
    ),
    expected: ["low"],
  },
  {
    rule: "podidentity.stale-irsa-trust",
    name: "Pod Identity only",
    inventory: roles(podIdentityPolicy()),
    expected: [],
  },
  {
    rule: "provider.orphaned",
    name: "no cluster, no role",
    inventory: inventory({ clusters: [] }),
    expected: ["low"],
  },
  {
    rule: "provider.orphaned",
    name: "no cluster, trusted",
    inventory: inventory({ clusters: [], roles: [role("r", irsaPolicy("a", "b"))] }),
    expected: ["medium"],
  },
  {
    rule: "provider.orphaned",
    name: "cluster in another account still counts",
    inventory: inventory({ clusters: [{ ...cluster(), accountId: "999988887777" }] }),
    expected: [],
  },
  {
    rule: "provider.missing",
    name: "cluster without provider",
    inventory: inventory({ providers: [] }),
    expected: ["info"],
  },
  {
    rule: "provider.missing",
    name: "cluster without provider, roles reference it",
    inventory: inventory({ providers: [], roles: [role("r", irsaPolicy("a", "b"))] }),
    expected: ["high"],
  },
  { rule: "provider.missing", name: "provider present", inventory: inventory(), expected: [] },
  {
    rule: "provider.thumbprint-drift",
    name: "stale thumbprint, public CA",
    inventory: inventory({ providers: [provider(EKS_ISSUER, { thumbprints: ["a".repeat(40)] })] }),
    expected: ["info"],
  },
  {
    rule: "provider.thumbprint-drift",
    name: "stale thumbprint, private CA",
    inventory: inventory({
      providers: [provider(EKS_ISSUER, { thumbprints: ["a".repeat(40)] })],
      issuers: [issuer(EKS_ISSUER, { trustedByPublicCa: false })],
    }),
    expected: ["medium"],
  },
  {
    rule: "provider.thumbprint-drift",
    name: "malformed",
    inventory: inventory({
      providers: [provider(EKS_ISSUER, { thumbprints: ["9e99a48a9960b14926bb7f3b02e22da2b0ab7280", "xyz"] })],
    }),
    expected: ["info"],
  },
  { rule: "provider.thumbprint-drift", name: "current thumbprint", inventory: inventory(), expected: [] },
  {
    rule: "provider.audience-drift",
    name: "missing sts",
    inventory: inventory({ providers: [provider(EKS_ISSUER, { clientIds: ["other"] })] }),
    expected: ["medium"],
  },
  {
    rule: "provider.audience-drift",
    name: "extra audience",
    inventory: inventory({ providers: [provider(EKS_ISSUER, { clientIds: [STS, "other"] })] }),
    expected: ["low"],
  },
  { rule: "provider.audience-drift", name: "exactly sts", inventory: inventory(), expected: [] },
  {
    rule: "provider.quota",
    name: "80 providers",
    inventory: inventory({
      providers: Array.from({ length: 80 }, (_, i) => provider(`oidc.example.com/p${i}`)),
    }),
    expected: ["low"],
  },
  { rule: "provider.quota", name: "1 provider", inventory: inventory(), expected: [] },
  {
    rule: "issuer.unreachable",
    name: "unreachable",
    inventory: inventory({ issuers: [issuer(EKS_ISSUER, { reachable: false, error: "ECONNREFUSED" })] }),
    expected: ["high"],
  },
  {
    rule: "issuer.unreachable",
    name: "issuer mismatch",
    inventory: inventory({ issuers: [issuer(EKS_ISSUER, { discoveryIssuer: "https://elsewhere" })] }),
    expected: ["high"],
  },
  { rule: "issuer.unreachable", name: "healthy", inventory: inventory(), expected: [] },
  {
    rule: "issuer.key-rotation-stale",
    name: "same key for 30 days",
    inventory: inventory({
      issuers: [issuer(EKS_ISSUER, { keys: [{ kid: "k1", firstSeen: daysAgo(30), lastSeen: NOW }] })],
    }),
    expected: ["low"],
  },
  {
    rule: "issuer.key-rotation-stale",
    name: "new key 3 days ago",
    inventory: inventory({
      issuers: [
        issuer(EKS_ISSUER, {
          keys: [
            { kid: "k0", firstSeen: daysAgo(30), lastSeen: NOW },
            { kid: "k1", firstSeen: daysAgo(3), lastSeen: NOW },
          ],
        }),
      ],
    }),
    expected: [],
  },
  {
    rule: "drift.trust-changed",
    name: "widened",
    previous: roles(irsaPolicy("a", "b")),
    inventory: roles(like("system:serviceaccount:a:*")),
    expected: ["medium"],
  },
  {
    rule: "drift.trust-changed",
    name: "narrowed",
    previous: roles(like("system:serviceaccount:a:*")),
    inventory: roles(irsaPolicy("a", "b")),
    expected: [],
  },
  { rule: "drift.trust-changed", name: "no previous scan", inventory: roles(like("*")), expected: [] },
  {
    rule: "role.long-session",
    name: "12-hour workload role",
    inventory: inventory({ roles: [role("r", irsaPolicy("a", "b"), { maxSessionDuration: 43200 })] }),
    expected: ["low"],
  },
  {
    rule: "role.long-session",
    name: "12-hour human role",
    inventory: inventory({
      roles: [
        role("r", policy({ Effect: "Allow", Principal: { AWS: ACCOUNT }, Action: "sts:AssumeRole" }), {
          maxSessionDuration: 43200,
        }),
      ],
    }),
    expected: [],
  },
  {
    rule: "role.unused",
    name: "last used 100 days ago",
    inventory: inventory({ roles: [role("r", irsaPolicy("a", "b"), { lastUsedAt: daysAgo(100) })] }),
    expected: ["low"],
  },
  {
    rule: "role.unused",
    name: "never used, created 100 days ago",
    inventory: inventory({
      roles: [role("r", irsaPolicy("a", "b"), { lastUsedAt: null, createdAt: daysAgo(100) })],
    }),
    expected: ["low"],
  },
  {
    rule: "role.unused",
    name: "never used, created 10 days ago",
    inventory: inventory({
      roles: [role("r", irsaPolicy("a", "b"), { lastUsedAt: null, createdAt: daysAgo(10) })],
    }),
    expected: [],
  },
  {
    rule: "role.unused",
    name: "used yesterday",
    inventory: inventory({ roles: [role("r", irsaPolicy("a", "b"))] }),
    expected: [],
  },
  {
    rule: "access.idp-config-invalid",
    name: "http issuer",
    inventory: inventory({ identityProviderConfigs: [idp({ issuerUrl: "http://login.example.com" })] }),
    expected: ["medium"],
  },
  {
    rule: "access.idp-config-invalid",
    name: "valid",
    inventory: inventory({ identityProviderConfigs: [idp()] }),
    expected: [],
  },
  {
    rule: "access.idp-config-claims",
    name: "no required claims",
    inventory: inventory({ identityProviderConfigs: [idp({ requiredClaims: {} })] }),
    expected: ["info"],
  },
  {
    rule: "access.idp-config-claims",
    name: "complete",
    inventory: inventory({ identityProviderConfigs: [idp()] }),
    expected: [],
  },
];

function idp(overrides: Record<string, unknown> = {}) {
  return {
    clusterArn: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/prod`,
    accountId: ACCOUNT,
    name: "okta",
    issuerUrl: "https://login.example.com",
    clientId: "kubernetes",
    usernameClaim: "email",
    groupsClaim: "groups",
    groupsPrefix: "oidc:",
    requiredClaims: { hd: "example.com" },
    status: "ACTIVE",
    ...overrides,
  };
}

describe("rule catalogue", () => {
  it.each(cases)("$rule: $name", ({ rule, inventory: inv, previous, expected }) => {
    const findings = evaluate(inv, { now: NOW, ...(previous ? { previous } : {}) }).filter(
      (f) => f.ruleId === rule,
    );
    expect(findings.map((f) => f.severity).sort()).toEqual([...expected].sort());
    for (const f of findings) expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });

  it("every registered rule has a positive and a negative case", () => {
    expect(listRules()).toHaveLength(28);
    for (const r of listRules()) {
      expect(
        cases.some((c) => c.rule === r.id && c.expected.length > 0),
        `${r.id} positive`,
      ).toBe(true);
      expect(
        cases.some((c) => c.rule === r.id && c.expected.length === 0),
        `${r.id} negative`,
      ).toBe(true);
      expect(getRule(r.id)).toBe(r);
    }
  });

  it("admin-like permissions raise the severity one step", () => {
    const admin = {
      arn: "arn:aws:iam::aws:policy/AdministratorAccess",
      name: "AdministratorAccess",
      document: null,
    };
    const inv = inventory({
      roles: [role("r", like("system:serviceaccount:ops:*"), { attachedPolicies: [admin] })],
    });
    const f = evaluate(inv, { now: NOW }).find((x) => x.ruleId === "trust.namespace-wildcard-sub");
    expect(f).toMatchObject({ severity: "high", evidence: { baseSeverity: "medium" } });
    const inline = inventory({
      roles: [
        role("r", policy(webIdentityStatement(EKS_PROVIDER)), {
          inlinePolicies: [
            {
              name: "p",
              document: JSON.stringify({
                Version: "2012-10-17",
                Statement: { Effect: "Allow", Action: "iam:PassRole", Resource: "*" },
              }),
            },
          ],
        }),
      ],
    });
    expect(evaluate(inline, { now: NOW }).find((x) => x.ruleId === "trust.no-condition")?.severity).toBe(
      "critical",
    );
  });

  it("fingerprints are stable across scans and statement reordering", () => {
    const a = policy(
      webIdentityStatement(EKS_PROVIDER, { StringEquals: { [AUD]: STS } }),
      JSON.parse(podIdentityPolicy()).Statement[0],
    );
    const b = policy(
      JSON.parse(podIdentityPolicy()).Statement[0],
      webIdentityStatement(EKS_PROVIDER, { StringEquals: { [AUD]: STS } }),
    );
    const fp = (t: string, now: Date) =>
      evaluate(roles(t), { now }).find((f) => f.ruleId === "trust.no-sub")?.fingerprint;
    expect(fp(a, NOW)).toMatch(/^[0-9a-f]{40}$/);
    expect(fp(a, NOW)).toBe(fp(b, daysAgo(-30)));
  });

  it("exceptions suppress matching findings until they expire", () => {
    const inv = roles(policy(webIdentityStatement(EKS_PROVIDER)));
    const exception = {
      id: "ex-1",
      ruleId: "trust.no-condition",
      resourceArn: `arn:aws:iam::${ACCOUNT}:role/*`,
      owner: "sec",
      reason: "migration",
      expiresAt: daysAgo(-1),
    };
    const live = evaluate(inv, { now: NOW, exceptions: [exception] }).find(
      (f) => f.ruleId === "trust.no-condition",
    );
    expect(live?.suppressedBy).toBe("ex-1");
    const expired = evaluate(inv, { now: daysAgo(-1), exceptions: [exception] }).find(
      (f) => f.ruleId === "trust.no-condition",
    );
    expect(expired?.suppressedBy).toBeUndefined();
  });
});
