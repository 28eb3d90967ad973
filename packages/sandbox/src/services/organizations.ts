import { AwsError } from "../errors";
import { epochSeconds, json11Error, jsonResponse, pageOf } from "./json";
import type { AuthedRequest, SandboxContext, ServiceHandler } from "./types";

const TARGET_PREFIX = "AWSOrganizationsV20161128.";
const CONTENT_TYPE = "application/x-amz-json-1.1";
const JOINED = "2021-03-01T12:00:00Z";
const invalid = (message: string) =>
  new AwsError("InvalidInputException", 400, message, "Sender", { Reason: "INVALID_INPUT" });

function organizationFor(ctx: SandboxContext, req: AuthedRequest) {
  const org = ctx.state.organization;
  const accountId = req.caller.accountId;
  if (!org || (accountId !== org.managementAccountId && !org.memberAccountIds.includes(accountId))) {
    throw new AwsError(
      "AWSOrganizationsNotInUseException",
      404,
      "Your account is not a member of an organization.",
    );
  }
  return org;
}

function run(ctx: SandboxContext, req: AuthedRequest, action: string): unknown {
  const org = organizationFor(ctx, req);
  const mgmt = org.managementAccountId;
  const orgArn = `arn:aws:organizations::${mgmt}:organization/${org.id}`;
  switch (action) {
    case "DescribeOrganization":
      return {
        Organization: {
          Id: org.id,
          Arn: orgArn,
          FeatureSet: "ALL",
          MasterAccountArn: `arn:aws:organizations::${mgmt}:account/${org.id}/${mgmt}`,
          MasterAccountId: mgmt,
          MasterAccountEmail: org.managementEmail,
          AvailablePolicyTypes: [{ Type: "SERVICE_CONTROL_POLICY", Status: "ENABLED" }],
        },
      };
    case "ListAccounts": {
      // Only the management account (or a delegated administrator) may list accounts.
      if (req.caller.accountId !== mgmt) {
        throw new AwsError(
          "AccessDeniedException",
          403,
          "You don't have permissions to access this resource.",
        );
      }
      const input = JSON.parse(req.body || "{}") as { MaxResults?: number; NextToken?: string };
      const max = input.MaxResults ?? 20;
      if (!Number.isInteger(max) || max < 1 || max > 20)
        throw invalid("You provided a value that does not match the required pattern.");
      const ids = [mgmt, ...org.memberAccountIds.filter((id) => id !== mgmt)];
      const page = pageOf(ids, max, input.NextToken, invalid);
      return {
        Accounts: page.items.map((id) => {
          const summary = ctx.state.accountSummary(id);
          return {
            Id: id,
            Arn: `arn:aws:organizations::${mgmt}:account/${org.id}/${id}`,
            Email: summary?.email ?? `aws+${id}@example.com`,
            Name: summary?.name ?? id,
            Status: "ACTIVE",
            State: "ACTIVE",
            JoinedMethod: id === mgmt ? "INVITED" : "CREATED",
            JoinedTimestamp: epochSeconds(JOINED),
          };
        }),
        NextToken: page.nextToken,
      };
    }
    default:
      throw new AwsError("UnknownOperationException", 400, `Unknown operation ${action}`);
  }
}

export function createOrganizationsHandler(ctx: SandboxContext): ServiceHandler {
  return {
    protocol: "json",
    actionOf: (req) => {
      const target = req.headers["x-amz-target"];
      return typeof target === "string" && target.startsWith(TARGET_PREFIX)
        ? target.slice(TARGET_PREFIX.length)
        : "";
    },
    handle: (req, action) => jsonResponse(run(ctx, req, action), req.requestId, CONTENT_TYPE),
    renderError: json11Error,
  };
}
