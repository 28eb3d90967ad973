import { router } from "../../trpc";
import { listMyOrganizations } from "./list-my-organizations";
import { switchOrganization } from "./switch-organization";

export const organizationsRouter = router({
  listMine: listMyOrganizations,
  switch: switchOrganization,
});
