import { router } from "../../trpc";
import { createExceptionProcedure } from "./create-exception";
import { listExceptionsProcedure } from "./list-exceptions";
import { revokeExceptionProcedure } from "./revoke-exception";

export const exceptionsRouter = router({
  create: createExceptionProcedure,
  list: listExceptionsProcedure,
  revoke: revokeExceptionProcedure,
});
