import { describe, expect, it } from "vitest";
import { postureScore, type SeverityCounts } from "./score";

const none: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };

describe("postureScore", () => {
  const cases: { name: string; counts: SeverityCounts; resources: number; expected: number }[] = [
    { name: "no findings is perfect", counts: none, resources: 10, expected: 100 },
    { name: "info findings do not count", counts: { ...none, info: 50 }, resources: 10, expected: 100 },
    { name: "one critical per ten resources", counts: { ...none, critical: 1 }, resources: 10, expected: 50 },
    { name: "twenty lows weigh one critical", counts: { ...none, low: 20 }, resources: 10, expected: 50 },
    { name: "empty organization with findings", counts: { ...none, high: 1 }, resources: 0, expected: 17 },
    { name: "heavy findings approach zero", counts: { ...none, critical: 100 }, resources: 10, expected: 1 },
  ];
  it.each(cases)("$name", ({ counts, resources, expected }) => {
    expect(postureScore(counts, resources)).toBe(expected);
  });
});
