import { describe, expect, it } from "vitest";
import {
  ACCOUNT,
  EKS_ISSUER,
  EKS_PROVIDER,
  irsaPolicy,
  policy,
  webIdentityStatement,
} from "../test-support/policies";
import { type AssumeDecision, type AssumeRequest, canAssume } from "./evaluate";

const SA = "system:serviceaccount:payments:api";
const web = (sub: string, aud = "sts.amazonaws.com", provider = EKS_PROVIDER): AssumeRequest => ({
  action: "sts:AssumeRoleWithWebIdentity",
  principal: { type: "Federated", id: provider },
  context: { [`${EKS_ISSUER}:sub`]: sub, [`${EKS_ISSUER}:aud`]: aud },
});
const aws = (
  id: string,
  context: AssumeRequest["context"] = {},
  action = "sts:AssumeRole",
): AssumeRequest => ({ action, principal: { type: "AWS", id }, context });
const awsTrust = (principal: unknown, extra: Record<string, unknown> = {}) =>
  policy({ Effect: "Allow", Principal: principal, Action: "sts:AssumeRole", ...extra });

type Case = {
  name: string;
  policy: string;
  request: AssumeRequest;
  expected: Pick<AssumeDecision, "decision"> & Partial<AssumeDecision>;
};

const cases: Case[] = [
  {
    name: "IRSA exact sub + aud",
    policy: irsaPolicy("payments", "api"),
    request: web(SA),
    expected: { decision: "allow", statementIndexes: [0] },
  },
  {
    name: "IRSA other service account",
    policy: irsaPolicy("payments", "api"),
    request: web("system:serviceaccount:payments:web"),
    expected: { decision: "implicit-deny" },
  },
  {
    name: "IRSA wrong audience",
    policy: irsaPolicy("payments", "api"),
    request: web(SA, "other"),
    expected: { decision: "implicit-deny" },
  },
  {
    name: "IRSA other provider",
    policy: irsaPolicy("payments", "api"),
    request: web(SA, "sts.amazonaws.com", `arn:aws:iam::${ACCOUNT}:oidc-provider/x`),
    expected: { decision: "implicit-deny" },
  },
  {
    name: "URL-encoded policy",
    policy: encodeURIComponent(irsaPolicy("payments", "api")),
    request: web(SA),
    expected: { decision: "allow" },
  },
  {
    name: "wrong action",
    policy: irsaPolicy("payments", "api"),
    request: { ...web(SA), action: "sts:AssumeRole" },
    expected: { decision: "implicit-deny" },
  },
  {
    name: "action wildcard sts:AssumeRole*",
    policy: policy({ ...webIdentityStatement(EKS_PROVIDER), Action: "sts:AssumeRole*" }),
    request: web(SA),
    expected: { decision: "allow" },
  },
  {
    name: "action case-insensitive",
    policy: policy({ ...webIdentityStatement(EKS_PROVIDER), Action: "STS:assumerolewithwebidentity" }),
    request: web(SA),
    expected: { decision: "allow" },
  },
  {
    name: "NotAction excludes",
    policy: policy({
      Effect: "Allow",
      Principal: { Federated: EKS_PROVIDER },
      NotAction: "sts:AssumeRoleWithWebIdentity",
    }),
    request: web(SA),
    expected: { decision: "implicit-deny" },
  },
  {
    name: "Deny overrides Allow",
    policy: policy(
      webIdentityStatement(EKS_PROVIDER),
      webIdentityStatement(EKS_PROVIDER, { StringLike: { [`${EKS_ISSUER}:sub`]: "*:payments:*" } }, "Deny"),
    ),
    request: web(SA),
    expected: { decision: "explicit-deny", statementIndexes: [1] },
  },
  {
    name: "Deny not matching leaves Allow",
    policy: policy(
      webIdentityStatement(EKS_PROVIDER),
      webIdentityStatement(
        EKS_PROVIDER,
        { StringLike: { [`${EKS_ISSUER}:sub`]: "*:kube-system:*" } },
        "Deny",
      ),
    ),
    request: web(SA),
    expected: { decision: "allow" },
  },
  {
    name: "Principal * allows anyone",
    policy: policy({ Effect: "Allow", Principal: "*", Action: "sts:AssumeRoleWithWebIdentity" }),
    request: web(SA),
    expected: { decision: "allow" },
  },
  {
    name: "account id delegates to account",
    policy: awsTrust({ AWS: ACCOUNT }),
    request: aws(`arn:aws:iam::${ACCOUNT}:user/alice`),
    expected: { decision: "allow" },
  },
  {
    name: "account root delegates",
    policy: awsTrust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }),
    request: aws(`arn:aws:sts::${ACCOUNT}:assumed-role/ci/session-1`),
    expected: { decision: "allow" },
  },
  {
    name: "other account denied",
    policy: awsTrust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }),
    request: aws("arn:aws:iam::999999999999:user/alice"),
    expected: { decision: "implicit-deny" },
  },
  {
    name: "root of other partition denied",
    policy: awsTrust({ AWS: `arn:aws-cn:iam::${ACCOUNT}:root` }),
    request: aws(`arn:aws:iam::${ACCOUNT}:user/alice`),
    expected: { decision: "implicit-deny" },
  },
  {
    name: "role ARN matches its session",
    policy: awsTrust({ AWS: `arn:aws:iam::${ACCOUNT}:role/path/deployer` }),
    request: aws(`arn:aws:sts::${ACCOUNT}:assumed-role/deployer/s1`),
    expected: { decision: "allow" },
  },
  {
    name: "role ARN matches the role",
    policy: awsTrust({ AWS: `arn:aws:iam::${ACCOUNT}:role/path/deployer` }),
    request: aws(`arn:aws:iam::${ACCOUNT}:role/path/deployer`),
    expected: { decision: "allow" },
  },
  {
    name: "role ARN does not match other role's session",
    policy: awsTrust({ AWS: `arn:aws:iam::${ACCOUNT}:role/deployer` }),
    request: aws(`arn:aws:sts::${ACCOUNT}:assumed-role/other/s1`),
    expected: { decision: "implicit-deny" },
  },
  {
    name: "user ARN exact",
    policy: awsTrust({ AWS: `arn:aws:iam::${ACCOUNT}:user/alice` }),
    request: aws(`arn:aws:iam::${ACCOUNT}:user/bob`),
    expected: { decision: "implicit-deny" },
  },
  {
    name: "gov partition role",
    policy: awsTrust({ AWS: `arn:aws-us-gov:iam::${ACCOUNT}:role/r` }),
    request: aws(`arn:aws-us-gov:sts::${ACCOUNT}:assumed-role/r/s`),
    expected: { decision: "allow" },
  },
  {
    name: "ExternalId required and given",
    policy: awsTrust({ AWS: ACCOUNT }, { Condition: { StringEquals: { "sts:ExternalId": "abc" } } }),
    request: aws(`arn:aws:iam::${ACCOUNT}:user/alice`, { "STS:EXTERNALID": "abc" }),
    expected: { decision: "allow" },
  },
  {
    name: "ExternalId required but absent",
    policy: awsTrust({ AWS: ACCOUNT }, { Condition: { StringEquals: { "sts:ExternalId": "abc" } } }),
    request: aws(`arn:aws:iam::${ACCOUNT}:user/alice`),
    expected: { decision: "implicit-deny" },
  },
  {
    name: "Service principal",
    policy: policy({
      Effect: "Allow",
      Principal: { Service: "pods.eks.amazonaws.com" },
      Action: ["sts:AssumeRole", "sts:TagSession"],
    }),
    request: {
      action: "sts:TagSession",
      principal: { type: "Service", id: "pods.eks.amazonaws.com" },
      context: {},
    },
    expected: { decision: "allow" },
  },
  {
    name: "Service principal other service",
    policy: policy({
      Effect: "Allow",
      Principal: { Service: "pods.eks.amazonaws.com" },
      Action: "sts:AssumeRole",
    }),
    request: {
      action: "sts:AssumeRole",
      principal: { type: "Service", id: "ec2.amazonaws.com" },
      context: {},
    },
    expected: { decision: "implicit-deny" },
  },
  {
    name: "NotPrincipal Deny spares the listed principal",
    policy: policy(
      { Effect: "Allow", Principal: { AWS: ACCOUNT }, Action: "sts:AssumeRole" },
      {
        Effect: "Deny",
        NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:user/alice` },
        Action: "sts:AssumeRole",
      },
    ),
    request: aws(`arn:aws:iam::${ACCOUNT}:user/alice`),
    expected: { decision: "allow" },
  },
  {
    name: "NotPrincipal Deny hits others",
    policy: policy(
      { Effect: "Allow", Principal: { AWS: ACCOUNT }, Action: "sts:AssumeRole" },
      {
        Effect: "Deny",
        NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:user/alice` },
        Action: "sts:AssumeRole",
      },
    ),
    request: aws(`arn:aws:iam::${ACCOUNT}:user/bob`),
    expected: { decision: "explicit-deny" },
  },
  {
    name: "invalid policy",
    policy: '{"Statement": [{"Effect": "Maybe"}]}',
    request: web(SA),
    expected: { decision: "invalid-policy", allowed: false },
  },
];

describe("canAssume", () => {
  it.each(cases)("$name", ({ policy: p, request, expected }) => {
    const d = canAssume(p, request);
    expect(d).toMatchObject(expected);
    expect(d.allowed).toBe(d.decision === "allow");
  });

  it("reports where an invalid policy is broken", () => {
    const d = canAssume(
      '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"StringLike":{"k":{}}}}]}',
      web(SA),
    );
    expect(d.error).toMatch(/Statement\[0\]\.Condition\.StringLike\.k/);
  });
});
