import { describe, expect, it } from "vitest";
import { createLimiter } from "./concurrency";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("createLimiter", () => {
  it("never runs more than the limit at once across callers, and runs every call in arrival order", async () => {
    const limit = createLimiter(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (i: number) =>
      limit(async () => {
        started.push(i);
        running++;
        peak = Math.max(peak, running);
        await tick();
        running--;
        return i * 10;
      });
    // Two independent "callers" sharing the limiter.
    const results = await Promise.all([Promise.all([0, 1, 2].map(task)), Promise.all([3, 4, 5].map(task))]);
    expect(results).toEqual([
      [0, 10, 20],
      [30, 40, 50],
    ]);
    expect(peak).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("frees the slot of a call that throws", async () => {
    const limit = createLimiter(1);
    await expect(limit(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limit(async () => "next")).toBe("next");
  });
});
