import { router } from "../../trpc";
import { approveRemediationProcedure } from "./approve-remediation";
import { getRemediationProcedure } from "./get-remediation";
import { listRemediationsProcedure } from "./list-remediations";
import { planRemediationProcedure } from "./plan-remediation";
import { rejectRemediationProcedure } from "./reject-remediation";
import { requestRemediationProcedure } from "./request-remediation";
import { rollbackRemediationProcedure } from "./rollback-remediation";

export type { RemediationDetail } from "./get-remediation";
export type { RemediationPreview } from "./plan-remediation";
export type { RemediationRow, RemediationTab } from "./schemas";

export const remediationRouter = router({
  plan: planRemediationProcedure,
  request: requestRemediationProcedure,
  list: listRemediationsProcedure,
  get: getRemediationProcedure,
  approve: approveRemediationProcedure,
  reject: rejectRemediationProcedure,
  rollback: rollbackRemediationProcedure,
});
