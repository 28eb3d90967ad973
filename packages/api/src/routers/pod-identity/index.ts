import { router } from "../../trpc";
import { listAssociations } from "./list-associations";

export const podIdentityRouter = router({
  list: listAssociations,
});
