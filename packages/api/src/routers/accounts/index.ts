import { router } from "../../trpc";
import { createAccount } from "./create-account";
import { discoverAccounts } from "./discover-accounts";
import { getOnboarding } from "./get-onboarding";
import { listAccounts } from "./list-accounts";
import { removeAccount } from "./remove-account";
import { testAccountConnection } from "./test-connection";
import { updateAccount } from "./update-account";

export const accountsRouter = router({
  list: listAccounts,
  create: createAccount,
  update: updateAccount,
  remove: removeAccount,
  getOnboarding,
  testConnection: testAccountConnection,
  discover: discoverAccounts,
});
