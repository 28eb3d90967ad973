import { router } from "../../trpc";
import { listAuditLogProcedure } from "./list-audit-log";

export const auditLogRouter = router({ list: listAuditLogProcedure });
