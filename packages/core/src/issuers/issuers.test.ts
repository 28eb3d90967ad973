import { describe, expect, it } from "vitest";
import { parseArn } from "../arn/parse-arn";
import { parsePrincipal } from "../arn/principal-arn";
import { isEksIssuer, parseEksIssuer } from "./eks";
import { findMultiTenantIssuer } from "./multi-tenant";
import { issuerFromProviderArn, normalizeIssuer } from "./normalize";
import { parseServiceAccountSubject } from "./service-account";

describe("issuers and ARNs", () => {
  it.each([
    ["https://oidc.eks.us-east-1.amazonaws.com/id/ABC/", "oidc.eks.us-east-1.amazonaws.com/id/ABC"],
    ["OIDC.EKS.us-east-1.amazonaws.com/id/ABC", "oidc.eks.us-east-1.amazonaws.com/id/ABC"],
    ["https://token.actions.githubusercontent.com", "token.actions.githubusercontent.com"],
  ])("normalizeIssuer(%s)", (input, out) => expect(normalizeIssuer(input)).toBe(out));

  it.each([
    ["oidc.eks.us-east-1.amazonaws.com/id/ABC123", { region: "us-east-1", partition: "aws" }],
    ["https://oidc.eks.cn-north-1.amazonaws.com.cn/id/ABC", { region: "cn-north-1", partition: "aws-cn" }],
    ["oidc.eks.us-gov-west-1.amazonaws.com/id/ABC", { region: "us-gov-west-1", partition: "aws-us-gov" }],
    ["token.actions.githubusercontent.com", null],
    ["oidc.eks.us-east-1.amazonaws.com.evil.com/id/ABC", null],
  ])("parseEksIssuer(%s)", (input, out) => {
    const r = parseEksIssuer(input);
    if (out === null) expect(r).toBeNull();
    else expect(r).toMatchObject(out);
    expect(isEksIssuer(input)).toBe(out !== null);
  });

  it.each([
    ["token.actions.githubusercontent.com", "github-actions"],
    ["https://gitlab.com", "gitlab"],
    ["app.terraform.io", "terraform-cloud"],
    ["oidc.circleci.com/org/1234", "circleci"],
    ["agent.buildkite.com", "buildkite"],
    ["accounts.google.com", "google"],
    ["api.bitbucket.org/2.0/workspaces/acme/pipelines-config/identity/oidc", "bitbucket"],
    ["oidc.eks.us-east-1.amazonaws.com/id/ABC", null],
    ["gitlab.example.com", null],
  ])("findMultiTenantIssuer(%s)", (input, id) => expect(findMultiTenantIssuer(input)?.id ?? null).toBe(id));

  it("parses provider, role and session ARNs in every partition", () => {
    expect(
      issuerFromProviderArn(
        "arn:aws-cn:iam::111122223333:oidc-provider/oidc.eks.cn-north-1.amazonaws.com.cn/id/X",
      ),
    ).toBe("oidc.eks.cn-north-1.amazonaws.com.cn/id/X");
    expect(parsePrincipal("arn:aws-us-gov:iam::111122223333:role/a/b/name")).toMatchObject({
      kind: "role",
      path: "/a/b/",
      name: "name",
    });
    expect(parsePrincipal("arn:aws:sts::111122223333:assumed-role/name/sess")).toMatchObject({
      kind: "assumed-role",
      roleName: "name",
      sessionName: "sess",
    });
    expect(parseArn("arn:aws:logs:us-east-1:1:log-group:x:*")?.resource).toBe("log-group:x:*");
    expect(parseArn("nope")).toBeNull();
    expect(parseServiceAccountSubject("system:serviceaccount:payments:api")).toEqual({
      namespace: "payments",
      name: "api",
    });
    expect(parseServiceAccountSubject("system:serviceaccount:payments")).toBeNull();
  });
});
