import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// V8 only hands out `gc` to code compiled after --expose-gc is set: a fresh context is (the same
// technique Jest uses to detect leaks). Set once, at load, whatever flags node was started with.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * A full, compacting garbage collection now. For the moment before a phase that builds a large
 * live set (a scan's evaluation is the worker's memory peak): V8 sizes its heap to the allocation
 * rate it saw, so without this the evaluation grows on top of the account jobs' garbage.
 */
export function compactHeap(): void {
  gc();
}
