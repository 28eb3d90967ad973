import { describe, expect, it } from "vitest";
import {
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
import { analyzeTrust } from "./analyze";
import { describeSubjectSet } from "./describe";
import type { AudienceSet, SubjectSet } from "./types";

const SUB = `${EKS_ISSUER}:sub`;
const AUD = `${EKS_ISSUER}:aud`;
const STS = "sts.amazonaws.com";

type Case = {
  name: string;
  policy: string;
  provider?: string;
  sub: SubjectSet;
  aud: AudienceSet;
  words?: string[];
};

const cases: Case[] = [
  {
    name: "typical eksctl IRSA role",
    policy: irsaPolicy("payments", "api"),
    sub: { kind: "exact", values: ["system:serviceaccount:payments:api"] },
    aud: { kind: "list", values: [STS] },
    words: ["service account payments/api"],
  },
  {
    name: "URL-encoded document",
    policy: encodeURIComponent(irsaPolicy("payments", "api")),
    sub: { kind: "exact", values: ["system:serviceaccount:payments:api"] },
    aud: { kind: "list", values: [STS] },
  },
  {
    name: "audience-only trust (eksctl add-on style)",
    policy: policy(webIdentityStatement(EKS_PROVIDER, { StringEquals: { [AUD]: STS } })),
    sub: { kind: "any" },
    aud: { kind: "list", values: [STS] },
    words: ["any service account in the cluster"],
  },
  {
    name: "no condition at all",
    policy: policy(webIdentityStatement(EKS_PROVIDER)),
    sub: { kind: "any" },
    aud: { kind: "any" },
  },
  {
    name: "system:serviceaccount:*:default",
    policy: policy(
      webIdentityStatement(EKS_PROVIDER, {
        StringLike: { [SUB]: "system:serviceaccount:*:default" },
        StringEquals: { [AUD]: STS },
      }),
    ),
    sub: { kind: "patterns", patterns: ["system:serviceaccount:*:default"] },
    aud: { kind: "list", values: [STS] },
    words: ["service account named default in any namespace"],
  },
  {
    name: "namespace wildcard",
    policy: policy(
      webIdentityStatement(EKS_PROVIDER, { StringLike: { [SUB]: "system:serviceaccount:payments:*" } }),
    ),
    sub: { kind: "patterns", patterns: ["system:serviceaccount:payments:*"] },
    aud: { kind: "any" },
    words: ["any service account in namespace payments"],
  },
  {
    name: "StringLike without wildcard is exact",
    policy: policy(
      webIdentityStatement(EKS_PROVIDER, {
        StringLike: { [SUB]: ["system:serviceaccount:a:b", "system:serviceaccount:c:d"] },
      }),
    ),
    sub: { kind: "exact", values: ["system:serviceaccount:a:b", "system:serviceaccount:c:d"] },
    aud: { kind: "any" },
  },
  {
    name: "StringLike * is any",
    policy: policy(
      webIdentityStatement(EKS_PROVIDER, { StringLike: { [SUB]: "*" }, StringEquals: { [AUD]: STS } }),
    ),
    sub: { kind: "any" },
    aud: { kind: "list", values: [STS] },
  },
  {
    name: "StringEquals with a literal * (exactly the subject '*')",
    policy: policy(webIdentityStatement(EKS_PROVIDER, { StringEquals: { [SUB]: "*", [AUD]: STS } })),
    sub: { kind: "exact", values: ["*"] },
    aud: { kind: "list", values: [STS] },
  },
  {
    name: "key naming another issuer with StringEquals: dead",
    policy: policy(
      webIdentityStatement(EKS_PROVIDER, {
        StringEquals: { [`${OTHER_EKS_ISSUER}:sub`]: "system:serviceaccount:a:b" },
      }),
    ),
    sub: { kind: "none" },
    aud: { kind: "none" },
    words: ["nobody (the conditions can never all match)"],
  },
  {
    name: "key naming another issuer with IfExists: open",
    policy: policy(
      webIdentityStatement(EKS_PROVIDER, {
        StringEqualsIfExists: { [`${OTHER_EKS_ISSUER}:sub`]: "system:serviceaccount:a:b" },
      }),
    ),
    sub: { kind: "any" },
    aud: { kind: "any" },
  },
  {
    name: "ForAllValues on sub (present claim: behaves like StringLike)",
    policy: policy(
      webIdentityStatement(EKS_PROVIDER, {
        "ForAllValues:StringLike": { [SUB]: "system:serviceaccount:ops:*" },
      }),
    ),
    sub: { kind: "patterns", patterns: ["system:serviceaccount:ops:*"] },
    aud: { kind: "any" },
  },
  {
    name: "several Allow statements of different strength: union",
    policy: policy(
      webIdentityStatement(EKS_PROVIDER, {
        StringEquals: { [SUB]: "system:serviceaccount:a:b", [AUD]: STS },
      }),
      webIdentityStatement(EKS_PROVIDER, {
        StringLike: { [SUB]: "system:serviceaccount:ops:*" },
        StringEquals: { [AUD]: STS },
      }),
    ),
    sub: {
      kind: "patterns",
      patterns: ["system:serviceaccount:ops:*"],
      values: ["system:serviceaccount:a:b"],
    },
    aud: { kind: "list", values: [STS] },
  },
  {
    name: "Deny without condition overrides everything",
    policy: policy(webIdentityStatement(EKS_PROVIDER), webIdentityStatement(EKS_PROVIDER, undefined, "Deny")),
    sub: { kind: "none" },
    aud: { kind: "none" },
  },
  {
    name: "exact values filtered by a negation in the same statement",
    policy: policy(
      webIdentityStatement(EKS_PROVIDER, {
        StringEquals: { [SUB]: ["system:serviceaccount:a:b", "system:serviceaccount:kube-system:x"] },
        StringNotLike: { [SUB]: "system:serviceaccount:kube-system:*" },
      }),
    ),
    sub: { kind: "exact", values: ["system:serviceaccount:a:b"] },
    aud: { kind: "any" },
  },
  {
    name: "GitHub Actions repo:org/*",
    provider: GITHUB_PROVIDER,
    policy: policy(
      webIdentityStatement(GITHUB_PROVIDER, {
        StringLike: { [`${GITHUB_ISSUER}:sub`]: "repo:acme/*" },
        StringEquals: { [`${GITHUB_ISSUER}:aud`]: STS },
      }),
    ),
    sub: { kind: "patterns", patterns: ["repo:acme/*"] },
    aud: { kind: "list", values: [STS] },
    words: ["any workflow of any repository of acme"],
  },
  {
    name: "GitHub Actions without sub",
    provider: GITHUB_PROVIDER,
    policy: policy(
      webIdentityStatement(GITHUB_PROVIDER, { StringEquals: { [`${GITHUB_ISSUER}:aud`]: STS } }),
    ),
    sub: { kind: "any" },
    aud: { kind: "list", values: [STS] },
  },
];

describe("analyzeTrust: who can assume", () => {
  it.each(cases)("$name", ({ policy: p, provider, sub, aud, words }) => {
    const a = analyzeTrust(p);
    expect(a.policyError).toBeNull();
    const trust = a.providers.find((x) => x.providerArn === (provider ?? EKS_PROVIDER));
    expect(trust?.sub).toEqual(sub);
    expect(trust?.aud).toEqual(aud);
    if (words) expect(describeSubjectSet(sub, { kubernetes: trust?.isEks ?? false })).toEqual(words);
  });

  it("recognises EKS and multi-tenant issuers", () => {
    const eks = analyzeTrust(irsaPolicy("a", "b")).providers[0];
    expect(eks).toMatchObject({
      issuer: EKS_ISSUER,
      isEks: true,
      multiTenant: null,
      providerAccountId: "111122223333",
    });
    const gh = analyzeTrust(policy(webIdentityStatement(GITHUB_PROVIDER))).providers[0];
    expect(gh?.multiTenant).toMatchObject({ id: "github-actions", scope: "global" });
  });

  it("Pod Identity trust with and without conditions", () => {
    const bare = analyzeTrust(podIdentityPolicy()).services[0];
    expect(bare).toMatchObject({
      service: "pods.eks.amazonaws.com",
      actions: ["sts:AssumeRole", "sts:TagSession"],
      unconditioned: true,
    });
    expect(bare?.podIdentity?.namespaces).toEqual({ kind: "any" });
    const scoped = analyzeTrust(
      podIdentityPolicy({
        StringEquals: {
          "aws:SourceAccount": "111122223333",
          "aws:RequestTag/kubernetes-namespace": "payments",
        },
        ArnLike: { "aws:SourceArn": "arn:aws:eks:us-east-1:111122223333:cluster/prod" },
      }),
    ).services[0];
    expect(scoped?.unconditioned).toBe(false);
    expect(scoped?.podIdentity?.namespaces).toEqual({ kind: "exact", values: ["payments"] });
    expect(scoped?.podIdentity?.sourceAccounts).toEqual({ kind: "exact", values: ["111122223333"] });
  });

  it("AWS principals and the external id they need", () => {
    const a = analyzeTrust(
      policy({
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::999988887777:root" },
        Action: "sts:AssumeRole",
        Condition: { StringEquals: { "sts:ExternalId": "tenant-42" } },
      }),
    );
    expect(a.awsPrincipals[0]).toMatchObject({
      kind: "account",
      accountId: "999988887777",
      externalId: { kind: "exact", values: ["tenant-42"] },
    });
  });

  it("returns the parse error instead of throwing", () => {
    expect(analyzeTrust("{").policyError?.message).toMatch(/JSON/);
  });
});
