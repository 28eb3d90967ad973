import { describe, expect, it } from "vitest";
import { trustSubjectRows } from "./subject-rows";

const PROVIDER = "arn:aws:iam::111111111111:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC";
const ISSUER = "oidc.eks.us-east-1.amazonaws.com/id/ABC";
const web = (condition?: object) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Federated: PROVIDER },
        Action: "sts:AssumeRoleWithWebIdentity",
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  });

describe("trustSubjectRows", () => {
  const cases = [
    {
      name: "exact service account and audience",
      policy: web({
        StringEquals: {
          [`${ISSUER}:sub`]: "system:serviceaccount:payments:api",
          [`${ISSUER}:aud`]: "sts.amazonaws.com",
        },
      }),
      expected: {
        principalType: "Federated",
        subKind: "exact",
        subjects: ["system:serviceaccount:payments:api"],
        audiences: ["sts.amazonaws.com"],
      },
    },
    {
      name: "namespace wildcard",
      policy: web({ StringLike: { [`${ISSUER}:sub`]: "system:serviceaccount:payments:*" } }),
      expected: { subKind: "patterns", subjects: ["system:serviceaccount:payments:*"], audiences: ["*"] },
    },
    { name: "no condition", policy: web(), expected: { subKind: "any", subjects: [], issuer: ISSUER } },
    {
      name: "literal wildcard under StringEquals matches nobody",
      policy: web({ StringEquals: { [`${ISSUER}:sub`]: "*" } }),
      expected: { subKind: "exact", subjects: ["*"] },
    },
  ];
  it.each(cases)("$name", ({ policy, expected }) => {
    const [row] = trustSubjectRows(policy);
    expect(row).toMatchObject({ principal: PROVIDER, ...expected });
    expect(row?.description.length).toBeGreaterThan(10);
  });

  it("lists Pod Identity and AWS principals too", () => {
    const rows = trustSubjectRows(
      JSON.stringify({
        Statement: [
          {
            Effect: "Allow",
            Principal: { Service: "pods.eks.amazonaws.com" },
            Action: ["sts:AssumeRole", "sts:TagSession"],
          },
          {
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::999999999999:root" },
            Action: "sts:AssumeRole",
            Condition: { StringEquals: { "sts:ExternalId": "tw-1" } },
          },
        ],
      }),
    );
    expect(rows.map((r) => [r.principalType, r.subKind, r.subjects])).toEqual([
      ["Service", "any", []],
      ["AWS", "exact", ["tw-1"]],
    ]);
  });

  it("returns nothing for a policy that does not parse", () => {
    expect(trustSubjectRows("{not json")).toEqual([]);
  });
});
