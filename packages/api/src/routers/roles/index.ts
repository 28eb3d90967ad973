import { router } from "../../trpc";
import { getRoleProcedure } from "./get-role";
import { listRolesProcedure } from "./list-roles";

export const rolesRouter = router({
  list: listRolesProcedure,
  get: getRoleProcedure,
});
