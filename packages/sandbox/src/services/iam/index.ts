import { AwsError } from "../../errors";
import type { AccountState } from "../../state/types";
import { queryError, queryParams, queryResponse } from "../query";
import type { SandboxContext, ServiceHandler } from "../types";
import { authorizationDetailsActions } from "./authorization-details";
import { providerActions } from "./providers";
import { roleActions } from "./roles";
import type { IamAction } from "./types";

const XMLNS = "https://iam.amazonaws.com/doc/2010-05-08/";

const ACTIONS: Record<string, IamAction> = {
  ...providerActions,
  ...roleActions,
  ...authorizationDetailsActions,
};

export function createIamHandler(ctx: SandboxContext): ServiceHandler {
  // Accounts outside the scenario (the home account) exist, with nothing in them.
  const empties = new Map<string, AccountState>();
  const accountFor = (id: string): AccountState => {
    const known = ctx.state.account(id);
    if (known) return known;
    let empty = empties.get(id);
    if (!empty) {
      empty = emptyAccount(id);
      empties.set(id, empty);
    }
    return empty;
  };
  return {
    protocol: "query",
    actionOf: (req) => queryParams(req).get("Action") ?? "",
    handle(req, action) {
      const run = ACTIONS[action];
      if (!run)
        throw new AwsError("InvalidAction", 400, `Could not find operation ${action} for version 2010-05-08`);
      // IAM is global: the caller's account is the only scope (assumed-role sessions scope to their account).
      const account = accountFor(req.caller.accountId);
      const params = queryParams(req);
      return queryResponse(action, XMLNS, run({ params, account, ctx, req }), req.requestId);
    },
    renderError: (error, requestId) => queryError(XMLNS, error, requestId),
  };
}

export function emptyAccount(id: string): AccountState {
  return {
    id,
    name: id,
    email: `${id}@example.com`,
    regions: [],
    eksUnavailableRegions: new Set(),
    providers: new Map(),
    roles: new Map(),
    managedPolicies: new Map(),
    clusters: [],
  };
}
