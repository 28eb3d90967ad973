import { router } from "../../trpc";
import { getFindingProcedure } from "./get-finding";
import { groupCountsProcedure } from "./group-counts";
import { listFacetsProcedure } from "./list-facets";
import { listFindingsProcedure } from "./list-findings";

export const findingsRouter = router({
  list: listFindingsProcedure,
  groupCounts: groupCountsProcedure,
  get: getFindingProcedure,
  facets: listFacetsProcedure,
});
