import {
  AUDIT_ROLE_ACTIONS,
  AUDIT_ROLE_NAME,
  REMEDIATION_ROLE_ACTIONS,
  REMEDIATION_ROLE_NAME,
} from "./actions";

export type OnboardingInput = {
  /** The Trustwatch worker's AWS principal, e.g. `arn:aws:iam::999999999999:root`. */
  principalArn: string;
  /** The tenant's ExternalId: the confused-deputy guard every role must require. */
  externalId: string;
};

export type OnboardingTemplates = {
  cloudFormation: string;
  terraform: string;
};

type RoleSpec = { name: string; logicalId: string; description: string; actions: readonly string[] };

const AUDIT: RoleSpec = {
  name: AUDIT_ROLE_NAME,
  logicalId: "TrustwatchAuditRole",
  description: "Read-only audit of EKS workload identity by Trustwatch",
  actions: AUDIT_ROLE_ACTIONS,
};
const REMEDIATION: RoleSpec = {
  name: REMEDIATION_ROLE_NAME,
  logicalId: "TrustwatchRemediationRole",
  description: "Approved workload identity fixes applied by Trustwatch",
  actions: REMEDIATION_ROLE_ACTIONS,
};

// JSON string literals are valid YAML and HCL strings: quoting through JSON.stringify keeps
// any character in an ARN or ExternalId from breaking the template.
const q = (value: string) => JSON.stringify(value);

/** CloudFormation YAML: the audit role, and the remediation role behind a parameter (off by default). */
export function renderCloudFormation(input: OnboardingInput): string {
  const role = (spec: RoleSpec, condition: string | null) =>
    [
      `  ${spec.logicalId}:`,
      "    Type: AWS::IAM::Role",
      ...(condition ? [`    Condition: ${condition}`] : []),
      "    Properties:",
      `      RoleName: ${spec.name}`,
      `      Description: ${q(spec.description)}`,
      "      MaxSessionDuration: 3600",
      "      AssumeRolePolicyDocument:",
      '        Version: "2012-10-17"',
      "        Statement:",
      "          - Effect: Allow",
      "            Principal:",
      `              AWS: ${q(input.principalArn)}`,
      "            Action: sts:AssumeRole",
      "            Condition:",
      "              StringEquals:",
      `                sts:ExternalId: ${q(input.externalId)}`,
      "      Policies:",
      `        - PolicyName: ${spec.name}Policy`,
      "          PolicyDocument:",
      '            Version: "2012-10-17"',
      "            Statement:",
      "              - Effect: Allow",
      "                Action:",
      ...spec.actions.map((a) => `                  - ${a}`),
      '                Resource: "*"',
    ].join("\n");
  return [
    'AWSTemplateFormatVersion: "2010-09-09"',
    "Description: Trustwatch roles (read-only audit; optional remediation)",
    "Parameters:",
    "  CreateRemediationRole:",
    "    Type: String",
    '    Default: "false"',
    '    AllowedValues: ["true", "false"]',
    "    Description: Also create the role Trustwatch uses to apply approved fixes",
    "Conditions:",
    '  WithRemediation: !Equals [!Ref CreateRemediationRole, "true"]',
    "Resources:",
    role(AUDIT, null),
    role(REMEDIATION, "WithRemediation"),
    "Outputs:",
    "  AuditRoleArn:",
    `    Value: !GetAtt ${AUDIT.logicalId}.Arn`,
    "  RemediationRoleArn:",
    "    Condition: WithRemediation",
    `    Value: !GetAtt ${REMEDIATION.logicalId}.Arn`,
    "",
  ].join("\n");
}

/** Terraform HCL: the audit role, and the remediation role behind a variable (off by default). */
export function renderTerraform(input: OnboardingInput): string {
  const trust = [
    'data "aws_iam_policy_document" "trustwatch_trust" {',
    "  statement {",
    '    actions = ["sts:AssumeRole"]',
    "    principals {",
    '      type        = "AWS"',
    `      identifiers = [${q(input.principalArn)}]`,
    "    }",
    "    condition {",
    '      test     = "StringEquals"',
    '      variable = "sts:ExternalId"',
    `      values   = [${q(input.externalId)}]`,
    "    }",
    "  }",
    "}",
  ].join("\n");
  const role = (spec: RoleSpec, key: string, optional: boolean) => {
    const count = optional ? ["  count = var.create_remediation_role ? 1 : 0", ""] : [];
    const index = optional ? "[0]" : "";
    return [
      `resource "aws_iam_role" "${key}" {`,
      ...count,
      `  name                 = ${q(spec.name)}`,
      `  description          = ${q(spec.description)}`,
      "  max_session_duration = 3600",
      "  assume_role_policy   = data.aws_iam_policy_document.trustwatch_trust.json",
      "}",
      "",
      `resource "aws_iam_role_policy" "${key}" {`,
      ...count,
      `  name = "${spec.name}Policy"`,
      `  role = aws_iam_role.${key}${index}.id`,
      "  policy = jsonencode({",
      '    Version = "2012-10-17"',
      "    Statement = [{",
      '      Effect   = "Allow"',
      "      Action = [",
      ...spec.actions.map((a) => `        ${q(a)},`),
      "      ]",
      '      Resource = "*"',
      "    }]",
      "  })",
      "}",
    ].join("\n");
  };
  return [
    'variable "create_remediation_role" {',
    '  description = "Also create the role Trustwatch uses to apply approved fixes"',
    "  type        = bool",
    "  default     = false",
    "}",
    "",
    trust,
    "",
    role(AUDIT, "trustwatch_audit", false),
    "",
    role(REMEDIATION, "trustwatch_remediation", true),
    "",
    'output "audit_role_arn" {',
    "  value = aws_iam_role.trustwatch_audit.arn",
    "}",
    "",
    'output "remediation_role_arn" {',
    "  value = var.create_remediation_role ? aws_iam_role.trustwatch_remediation[0].arn : null",
    "}",
    "",
  ].join("\n");
}

export function renderOnboardingTemplates(input: OnboardingInput): OnboardingTemplates {
  return { cloudFormation: renderCloudFormation(input), terraform: renderTerraform(input) };
}
