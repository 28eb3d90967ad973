import { router } from "../../trpc";
import { failedAccountsProcedure } from "./failed-accounts";
import { getSummaryProcedure } from "./get-summary";
import { getTrendProcedure } from "./get-trend";
import { recentDriftProcedure } from "./recent-drift";
import { topRiskyRolesProcedure } from "./top-risky-roles";

export const overviewRouter = router({
  getSummary: getSummaryProcedure,
  getTrend: getTrendProcedure,
  topRiskyRoles: topRiskyRolesProcedure,
  failedAccounts: failedAccountsProcedure,
  recentDrift: recentDriftProcedure,
});
