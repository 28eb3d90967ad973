import { describe, expect, it } from "vitest";
import { AUDIT_ROLE_ACTIONS, REMEDIATION_ROLE_ACTIONS } from "./actions";
import { renderCloudFormation, renderTerraform } from "./templates";
import { accountOfRoleArn, ZAwsRegion, ZRoleArn } from "./validation";

const input = { principalArn: "arn:aws:iam::999999999999:root", externalId: "tw-0123456789abcdef" };

describe("onboarding templates", () => {
  const cfn = renderCloudFormation(input);
  const tf = renderTerraform(input);

  it("requires the tenant's ExternalId in the trust condition (CloudFormation)", () => {
    expect(cfn).toContain(
      [
        "            Principal:",
        '              AWS: "arn:aws:iam::999999999999:root"',
        "            Action: sts:AssumeRole",
        "            Condition:",
        "              StringEquals:",
        '                sts:ExternalId: "tw-0123456789abcdef"',
      ].join("\n"),
    );
    // Both roles carry the condition.
    expect(cfn.match(/sts:ExternalId: "tw-0123456789abcdef"/g)).toHaveLength(2);
  });

  it("requires the tenant's ExternalId in the trust condition (Terraform)", () => {
    const trust = tf.slice(
      tf.indexOf('data "aws_iam_policy_document"'),
      tf.indexOf('resource "aws_iam_role"'),
    );
    expect(trust).toMatchInlineSnapshot(`
      "data "aws_iam_policy_document" "trustwatch_trust" {
        statement {
          actions = ["sts:AssumeRole"]
          principals {
            type        = "AWS"
            identifiers = ["arn:aws:iam::999999999999:root"]
          }
          condition {
            test     = "StringEquals"
            variable = "sts:ExternalId"
            values   = ["tw-0123456789abcdef"]
          }
        }
      }

      "
    `);
  });

  it("grants the audit role exactly the scanner's read-only actions", () => {
    const auditBlock = cfn.slice(
      cfn.indexOf("TrustwatchAuditRole:"),
      cfn.indexOf("TrustwatchRemediationRole:"),
    );
    const actions = [...auditBlock.matchAll(/^ {18}- (\S+)$/gm)].map((m) => m[1]);
    expect(actions).toEqual([...AUDIT_ROLE_ACTIONS]);
    expect(actions.every((a) => /^(iam|eks):(List|Get|Describe)/.test(a ?? ""))).toBe(true);
    for (const action of AUDIT_ROLE_ACTIONS) expect(tf).toContain(`"${action}",`);
  });

  it("makes the remediation role optional and off by default", () => {
    expect(cfn).toContain("    Condition: WithRemediation");
    expect(cfn).toMatch(/CreateRemediationRole:\n {4}Type: String\n {4}Default: "false"/);
    expect(tf).toContain("count = var.create_remediation_role ? 1 : 0");
    for (const action of REMEDIATION_ROLE_ACTIONS) expect(cfn).toContain(`- ${action}`);
  });

  it("quotes values so an odd character cannot break the document", () => {
    const odd = renderCloudFormation({ ...input, externalId: 'a"b: c' });
    expect(odd).toContain('sts:ExternalId: "a\\"b: c"');
  });
});

describe("onboarding input validation", () => {
  it.each([
    ["arn:aws:iam::111111111111:role/TrustwatchAudit", true],
    ["arn:aws:iam::111111111111:role/path/to/Audit", true],
    ["arn:aws-cn:iam::111111111111:role/Audit", true],
    ["arn:aws:iam::11111111111:role/Audit", false],
    ["arn:aws:iam::111111111111:user/Audit", false],
    ["arn:aws:sts::111111111111:assumed-role/Audit/x", false],
    ["TrustwatchAudit", false],
  ])("role ARN %s valid: %s", (arn, valid) => {
    expect(ZRoleArn.safeParse(arn).success).toBe(valid);
  });

  it.each([
    ["us-east-1", true],
    ["eu-west-1", true],
    ["us-gov-west-1", true],
    ["cn-north-1", true],
    ["ap-southeast-4", true],
    ["us-east", false],
    ["US-EAST-1", false],
    ["moon-1", false],
  ])("region %s valid: %s", (region, valid) => {
    expect(ZAwsRegion.safeParse(region).success).toBe(valid);
  });

  it("reads the account of a role ARN", () => {
    expect(accountOfRoleArn("arn:aws:iam::222222222222:role/TrustwatchAudit")).toBe("222222222222");
    expect(accountOfRoleArn("nope")).toBeNull();
  });
});
