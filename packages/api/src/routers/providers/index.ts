import { router } from "../../trpc";
import { getProvider } from "./get-provider";
import { listProviders } from "./list-providers";

export const providersRouter = router({
  list: listProviders,
  get: getProvider,
});
