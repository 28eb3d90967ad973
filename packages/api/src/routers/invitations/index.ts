import { router } from "../../trpc";
import { acceptInvitationProcedure } from "./accept-invitation";
import { createInvitationProcedure } from "./create-invitation";
import { listInvitationsProcedure } from "./list-invitations";
import { revokeInvitationProcedure } from "./revoke-invitation";

export const invitationsRouter = router({
  create: createInvitationProcedure,
  list: listInvitationsProcedure,
  revoke: revokeInvitationProcedure,
  accept: acceptInvitationProcedure,
});
