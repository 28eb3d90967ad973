import { describe, expect, it } from "vitest";
import { compactHeap } from "./compact-heap";

describe("compactHeap", () => {
  it("collects garbage now, without node being started with --expose-gc", () => {
    let garbage: { i: number; s: string }[] | null = Array.from({ length: 1_000_000 }, (_, i) => ({
      i,
      s: `item-${i}`,
    }));
    const withGarbage = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(1_000_000);
    garbage = null;
    compactHeap();
    // A million small objects are ~60 MB: at least most of them must be gone.
    expect(withGarbage - process.memoryUsage().heapUsed).toBeGreaterThan(30 * 2 ** 20);
  });
});
