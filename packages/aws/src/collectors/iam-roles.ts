import {
  type IAMClient,
  paginateGetAccountAuthorizationDetails,
  paginateListRoles,
  type RoleDetail,
} from "@aws-sdk/client-iam";
import type { Inventory } from "@trustwatch/core";

type Role = Inventory["roles"][number];

/**
 * Roles with trust policies, permissions and last use, in the fewest calls: one paged
 * GetAccountAuthorizationDetails (roles + the account's own managed policies, with
 * RoleLastUsed and inline policies) plus one paged ListRoles, because RoleDetail lacks
 * MaxSessionDuration. Per-role GetRole/ListAttachedRolePolicies would cost 3+ calls a role.
 */
export async function collectRoles(iam: IAMClient, accountId: string): Promise<Role[]> {
  const details: RoleDetail[] = [];
  const policyDocuments = new Map<string, string>();
  const maxSession = new Map<string, number>();
  // The two paged listings are independent: page through both at once (one call in flight each).
  await Promise.all([
    collectAuthorizationDetails(iam, details, policyDocuments),
    (async () => {
      for await (const page of paginateListRoles({ client: iam, pageSize: 1000 }, {})) {
        for (const role of page.Roles ?? []) {
          if (role.Arn) maxSession.set(role.Arn, role.MaxSessionDuration ?? 3600);
        }
      }
    })(),
  ]);
  return toRoles(accountId, details, policyDocuments, maxSession);
}

async function collectAuthorizationDetails(
  iam: IAMClient,
  details: RoleDetail[],
  policyDocuments: Map<string, string>,
) {
  for await (const page of paginateGetAccountAuthorizationDetails(
    { client: iam, pageSize: 1000 },
    { Filter: ["Role", "LocalManagedPolicy"] },
  )) {
    details.push(...(page.RoleDetailList ?? []));
    for (const policy of page.Policies ?? []) {
      const current = policy.PolicyVersionList?.find((v) => v.IsDefaultVersion)?.Document;
      if (policy.Arn && current) policyDocuments.set(policy.Arn, current);
    }
  }
}

function toRoles(
  accountId: string,
  details: RoleDetail[],
  policyDocuments: Map<string, string>,
  maxSession: Map<string, number>,
): Role[] {
  return details.flatMap((d): Role[] => {
    if (!d.Arn || !d.RoleName) return [];
    return [
      {
        arn: d.Arn,
        accountId,
        name: d.RoleName,
        path: d.Path ?? "/",
        trustPolicy: d.AssumeRolePolicyDocument ?? "",
        attachedPolicies: (d.AttachedManagedPolicies ?? []).map((p) => ({
          arn: p.PolicyArn ?? "",
          name: p.PolicyName ?? "",
          // AWS-managed policies are judged by ARN (AdministratorAccess…); local ones by document.
          document: (p.PolicyArn && policyDocuments.get(p.PolicyArn)) ?? null,
        })),
        inlinePolicies: (d.RolePolicyList ?? []).map((p) => ({
          name: p.PolicyName ?? "",
          document: p.PolicyDocument ?? "",
        })),
        maxSessionDuration: maxSession.get(d.Arn) ?? 3600,
        lastUsedAt: d.RoleLastUsed?.LastUsedDate ?? null,
        createdAt: d.CreateDate ?? null,
      },
    ];
  });
}
