import type { ScenarioManagedPolicy } from "../scenarios/types";

const doc = (statement: object) => JSON.stringify({ Version: "2012-10-17", Statement: [statement] });

/** The few AWS-managed policies scenarios attach; AdministratorAccess is what makes a role "admin-like". */
export const AWS_MANAGED_POLICIES: readonly ScenarioManagedPolicy[] = [
  {
    name: "AdministratorAccess",
    arn: "arn:aws:iam::aws:policy/AdministratorAccess",
    document: doc({ Effect: "Allow", Action: "*", Resource: "*" }),
  },
  {
    name: "ReadOnlyAccess",
    arn: "arn:aws:iam::aws:policy/ReadOnlyAccess",
    document: doc({
      Effect: "Allow",
      Action: ["iam:Get*", "iam:List*", "eks:Describe*", "eks:List*", "s3:Get*", "s3:List*"],
      Resource: "*",
    }),
  },
  {
    name: "AmazonS3ReadOnlyAccess",
    arn: "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
    document: doc({ Effect: "Allow", Action: ["s3:Get*", "s3:List*"], Resource: "*" }),
  },
  {
    name: "AmazonDynamoDBFullAccess",
    arn: "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess",
    document: doc({ Effect: "Allow", Action: ["dynamodb:*"], Resource: "*" }),
  },
  {
    name: "IAMFullAccess",
    arn: "arn:aws:iam::aws:policy/IAMFullAccess",
    document: doc({ Effect: "Allow", Action: ["iam:*"], Resource: "*" }),
  },
  {
    name: "AmazonEKSClusterPolicy",
    arn: "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
    document: doc({
      Effect: "Allow",
      Action: ["ec2:Describe*", "elasticloadbalancing:*", "kms:DescribeKey"],
      Resource: "*",
    }),
  },
  {
    name: "SecurityAudit",
    arn: "arn:aws:iam::aws:policy/SecurityAudit",
    document: doc({
      Effect: "Allow",
      Action: [
        "iam:Get*",
        "iam:List*",
        "eks:Describe*",
        "eks:List*",
        "organizations:List*",
        "organizations:Describe*",
      ],
      Resource: "*",
    }),
  },
];

export const AWS_MANAGED_BY_ARN = new Map(AWS_MANAGED_POLICIES.map((p) => [p.arn, p]));

export function policyName(arn: string): string {
  return arn.slice(arn.lastIndexOf("/") + 1);
}
