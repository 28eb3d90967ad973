import { createHash } from "node:crypto";
import { AUDIT_ROLE_NAME, HOME_ACCOUNT_ID, REMEDIATION_ROLE_NAME } from "../constants";
import { stripScheme } from "../state/arns";
import type { ScenarioRole } from "./types";

/** Builders for scenario data: trust policies written the way people write them in AWS. */
export const STS_AUDIENCE = "sts.amazonaws.com";
export const POD_IDENTITY_SERVICE = "pods.eks.amazonaws.com";

type Statement = Record<string, unknown>;

export function policy(...statements: Statement[]): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: statements });
}

/** A stable, real-looking 32-hex EKS issuer id derived from a name. */
export function eksIssuerId(seed: string): string {
  return createHash("md5").update(seed).digest("hex").toUpperCase();
}

export function webIdentity(
  providerArn: string,
  condition?: Record<string, Record<string, unknown>>,
): Statement {
  return {
    Effect: "Allow",
    Principal: { Federated: providerArn },
    Action: "sts:AssumeRoleWithWebIdentity",
    ...(condition ? { Condition: condition } : {}),
  };
}

/** The IRSA trust `eksctl` writes: exact `sub` and `aud` under StringEquals, keys prefixed by the issuer. */
export function irsa(
  providerArn: string,
  issuerUrl: string,
  subs: string | string[],
  aud: string | false = STS_AUDIENCE,
): Statement {
  const key = stripScheme(issuerUrl);
  return webIdentity(providerArn, {
    StringEquals: { [`${key}:sub`]: subs, ...(aud ? { [`${key}:aud`]: aud } : {}) },
  });
}

export function podIdentity(condition?: Record<string, Record<string, unknown>>): Statement {
  return {
    Effect: "Allow",
    Principal: { Service: POD_IDENTITY_SERVICE },
    Action: ["sts:AssumeRole", "sts:TagSession"],
    ...(condition ? { Condition: condition } : {}),
  };
}

export function awsPrincipal(arn: string, condition?: Record<string, Record<string, unknown>>): Statement {
  return {
    Effect: "Allow",
    Principal: { AWS: arn },
    Action: ["sts:AssumeRole", "sts:TagSession"],
    ...(condition ? { Condition: condition } : {}),
  };
}

export function role(
  name: string,
  trustPolicy: string,
  createdAt: string,
  extra: Partial<Omit<ScenarioRole, "name" | "trustPolicy" | "createdAt">> = {},
): ScenarioRole {
  return {
    name,
    trustPolicy,
    createdAt,
    attachedPolicyArns: [],
    inlinePolicies: [],
    maxSessionDuration: 3600,
    ...extra,
  };
}

/** The Trustwatch worker's home account root, with the tenant's ExternalId (confused-deputy protection). */
export function trustwatchTrust(externalId: string): string {
  return policy({
    Effect: "Allow",
    Principal: { AWS: `arn:aws:iam::${HOME_ACCOUNT_ID}:root` },
    Action: "sts:AssumeRole",
    Condition: { StringEquals: { "sts:ExternalId": externalId } },
  });
}

const REMEDIATION_POLICY = policy({
  Effect: "Allow",
  Action: [
    "iam:UpdateAssumeRolePolicy",
    "iam:CreateOpenIDConnectProvider",
    "iam:DeleteOpenIDConnectProvider",
    "iam:UpdateOpenIDConnectProviderThumbprint",
    "iam:AddClientIDToOpenIDConnectProvider",
    "iam:RemoveClientIDFromOpenIDConnectProvider",
    "iam:TagOpenIDConnectProvider",
  ],
  Resource: "*",
});

/** Every scanned account has the read-only audit role and the separate remediation role. */
export function trustwatchRoles(externalId: string, createdAt: string): ScenarioRole[] {
  return [
    role(AUDIT_ROLE_NAME, trustwatchTrust(externalId), createdAt, {
      description: "Read-only role Trustwatch assumes to scan the account",
      attachedPolicyArns: ["arn:aws:iam::aws:policy/SecurityAudit"],
    }),
    role(REMEDIATION_ROLE_NAME, trustwatchTrust(externalId), createdAt, {
      description: "Role Trustwatch assumes to apply approved remediations",
      inlinePolicies: [{ name: "trustwatch-remediation", document: REMEDIATION_POLICY }],
    }),
  ];
}

export function daysAgo(days: number, from: Date = new Date()): string {
  return new Date(from.getTime() - days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
}
