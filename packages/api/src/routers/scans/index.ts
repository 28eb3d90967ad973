import { router } from "../../trpc";
import { cancelScan } from "./cancel-scan";
import { getScanProgressProcedure } from "./get-scan-progress";
import { listScanHistoryProcedure } from "./list-scan-history";
import { startScan } from "./start-scan";

export const scansRouter = router({
  start: startScan,
  cancel: cancelScan,
  progress: getScanProgressProcedure,
  history: listScanHistoryProcedure,
});
