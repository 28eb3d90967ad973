import { DEFAULT_SESSION_SECONDS } from "../constants";
import { AwsError, validationError } from "../errors";
import { parseRoleArn } from "../state/arns";
import type { Caller } from "../state/sessions";
import { canAssume } from "../sts/can-assume";
import { el, raw } from "../xml";
import { required } from "./iam/params";
import { queryError, queryParams, queryResponse } from "./query";
import type { AuthedRequest, SandboxContext, ServiceHandler } from "./types";

const XMLNS = "https://sts.amazonaws.com/doc/2011-06-15/";

function accessDenied(caller: Caller, roleArn: string): AwsError {
  return new AwsError(
    "AccessDenied",
    403,
    `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
  );
}

function assumeRole(ctx: SandboxContext, req: AuthedRequest, params: URLSearchParams): string {
  const roleArn = required(params, "RoleArn");
  const sessionName = required(params, "RoleSessionName");
  if (!/^[\w+=,.@-]{2,64}$/.test(sessionName)) {
    throw validationError(
      "roleSessionName",
      sessionName,
      "Member must satisfy regular expression pattern: [\\w+=,.@-]*",
    );
  }
  const externalId = params.get("ExternalId") ?? undefined;
  if (externalId !== undefined && !/^[\w+=,.@:/-]{2,1224}$/.test(externalId)) {
    throw validationError(
      "externalId",
      externalId,
      "Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]*",
    );
  }
  const duration = Number(params.get("DurationSeconds") ?? DEFAULT_SESSION_SECONDS);
  if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
    throw validationError(
      "durationSeconds",
      String(duration),
      "Member must have value between 900 and 43200",
    );
  }
  // A nonexistent role is AccessDenied, not NoSuchEntity: STS does not reveal which roles exist.
  const target = parseRoleArn(roleArn);
  const role = target ? ctx.state.account(target.accountId)?.roles.get(target.name) : undefined;
  if (!target || !role || role.arn !== roleArn) throw accessDenied(req.caller, roleArn);
  const decision = canAssume(role.trustPolicy, {
    action: "sts:AssumeRole",
    principal: { type: "AWS", id: req.caller.principalArn },
    context: {
      "sts:ExternalId": externalId,
      "aws:PrincipalAccount": req.caller.accountId,
      "aws:PrincipalArn": req.caller.principalArn,
    },
  });
  if (!decision.allowed) throw accessDenied(req.caller, roleArn);
  const isChained = req.caller.principalArn !== req.caller.arn;
  if (isChained && duration > 3600) {
    throw new AwsError(
      "ValidationError",
      400,
      "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
    );
  }
  if (duration > role.maxSessionDuration) {
    throw new AwsError(
      "ValidationError",
      400,
      "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
    );
  }
  const session = ctx.sessions.create({
    accountId: target.accountId,
    arn: `arn:aws:sts::${target.accountId}:assumed-role/${role.name}/${sessionName}`,
    userId: `${role.roleId}:${sessionName}`,
    principalArn: role.arn,
    expiration: new Date(req.now.getTime() + duration * 1000),
  });
  // IAM tracks the last successful AssumeRole as RoleLastUsed.
  role.lastUsed = { date: req.now.toISOString(), region: req.region };
  return (
    raw(
      "Credentials",
      el("AccessKeyId", session.accessKeyId) +
        el("SecretAccessKey", session.secretAccessKey) +
        el("SessionToken", session.sessionToken) +
        el("Expiration", session.expiration),
    ) +
    raw("AssumedRoleUser", el("AssumedRoleId", session.userId) + el("Arn", session.arn)) +
    el("PackedPolicySize", 0)
  );
}

export function createStsHandler(ctx: SandboxContext): ServiceHandler {
  return {
    protocol: "query",
    actionOf: (req) => queryParams(req).get("Action") ?? "",
    handle(req, action) {
      const params = queryParams(req);
      if (action === "GetCallerIdentity") {
        const { caller } = req;
        const result = el("Arn", caller.arn) + el("UserId", caller.userId) + el("Account", caller.accountId);
        return queryResponse(action, XMLNS, result, req.requestId);
      }
      if (action === "AssumeRole")
        return queryResponse(action, XMLNS, assumeRole(ctx, req, params), req.requestId);
      throw new AwsError("InvalidAction", 400, `Could not find operation ${action} for version 2011-06-15`);
    },
    renderError: (error, requestId) => queryError(XMLNS, error, requestId),
  };
}
