import { TRPCError } from "@trpc/server";
import { getOrganizationOnboarding } from "@trustwatch/db";
import { z } from "zod";
import {
  AUDIT_ROLE_ACTIONS,
  DEFAULT_TRUSTWATCH_PRINCIPAL_ARN,
  REMEDIATION_ROLE_ACTIONS,
} from "../../onboarding/actions";
import { renderOnboardingTemplates } from "../../onboarding/templates";
import { ZPrincipalArn } from "../../onboarding/validation";
import { orgProcedure } from "../../trpc";

export const ZOnboarding = z.object({
  externalId: z.string(),
  principalArn: z.string(),
  auditActions: z.array(z.string()),
  remediationActions: z.array(z.string()),
  cloudFormation: z.string(),
  terraform: z.string(),
  discovery: z.object({ enabled: z.boolean(), managementRoleArn: z.string().nullable() }),
});
export type Onboarding = z.infer<typeof ZOnboarding>;

/**
 * What an admin deploys in an account before registering it: the tenant's ExternalId and the
 * role templates. The principal is the web server's TRUSTWATCH_AWS_PRINCIPAL_ARN, which the
 * page passes in (it only shapes the template text returned to the same caller).
 */
export const getOnboarding = orgProcedure
  .input(z.object({ principalArn: ZPrincipalArn.optional() }).optional())
  .output(ZOnboarding)
  .query(async ({ ctx, input }) => {
    const org = await getOrganizationOnboarding(ctx.db, ctx.organizationId);
    if (!org) throw new TRPCError({ code: "NOT_FOUND", message: "Organization not found" });
    const principalArn = input?.principalArn ?? DEFAULT_TRUSTWATCH_PRINCIPAL_ARN;
    return {
      externalId: org.externalId,
      principalArn,
      auditActions: [...AUDIT_ROLE_ACTIONS],
      remediationActions: [...REMEDIATION_ROLE_ACTIONS],
      ...renderOnboardingTemplates({ principalArn, externalId: org.externalId }),
      discovery: { enabled: org.discoveryEnabled, managementRoleArn: org.managementRoleArn },
    };
  });
