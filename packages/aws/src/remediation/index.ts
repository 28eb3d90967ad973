export { ApplyOperationsError, applyOperations } from "./apply-operations";
export { type LiveTarget, readLiveState } from "./read-live-state";
