import { router } from "../../trpc";
import { listMembersProcedure } from "./list-members";
import { removeMemberProcedure } from "./remove-member";
import { updateMemberRoleProcedure } from "./update-member-role";

export const membersRouter = router({
  list: listMembersProcedure,
  updateRole: updateMemberRoleProcedure,
  remove: removeMemberProcedure,
});
