import type { AccountState } from "../../state/types";
import type { AuthedRequest, SandboxContext } from "../types";

export type IamInput = {
  params: URLSearchParams;
  account: AccountState;
  ctx: SandboxContext;
  req: AuthedRequest;
};

/** Returns the inner XML of `<ActionResult>`, or null for actions whose response has no result element. */
export type IamAction = (input: IamInput) => string | null;
