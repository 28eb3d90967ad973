import { router } from "../../trpc";
import { getCluster } from "./get-cluster";
import { listClusters } from "./list-clusters";

export const clustersRouter = router({
  list: listClusters,
  get: getCluster,
});
