import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stableStringify } from "../util/json";
import { computeFingerprint } from "./fingerprint";
import { sha1Hex, sha1HexOfParts } from "./sha1";

// Fingerprints are stored: these digests were produced by the original implementation
// (sha1Hex of `ruleId NUL arn NUL stableStringify(detail)`) and must never change.
describe("computeFingerprint", () => {
  it.each([
    [
      "role.unused",
      "arn:aws:iam::100000000001:role/workload-1",
      null,
      "50722c30bbe617c4482793b52daa351a4d1ac28b",
    ],
    [
      "trust.no-sub",
      "arn:aws:iam::100000000001:role/api",
      { provider: "arn:aws:iam::100000000001:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC" },
      "0fe5e3663ad389d3eec7e17d0f9651fae63be0c8",
    ],
    [
      "trust.wildcard-sub",
      "arn:aws:iam::1:role/x",
      { provider: "p", patterns: ["system:serviceaccount:*", "*"] },
      "ae39e1440c16cf776ddb70da06095d0290ed69ee",
    ],
    [
      "trust.literal-wildcard",
      "arn:aws:iam::1:role/é",
      { values: ["a*"], operator: "StringEquals", key: "k", skipped: undefined },
      "1b4e69b09f92e99d007206914d1b0fd1fc9799cc",
    ],
  ])("%s on %s", (ruleId, arn, detail, expected) =>
    expect(computeFingerprint(ruleId, arn, detail)).toBe(expected),
  );
});

describe("computeFingerprint hashes its parts", () => {
  const detail = fc.oneof(
    fc.jsonValue(),
    fc.anything({ withSparseArray: true }),
    fc.dictionary(
      fc.string(),
      fc.oneof(fc.date({ noInvalidDate: true }), fc.constant(undefined), fc.string()),
    ),
  );
  it("as it would the joined string, whatever the detail", () =>
    fc.assert(
      fc.property(fc.string(), fc.string(), detail, (r, a, d) => {
        expect(computeFingerprint(r, a, d)).toBe(
          sha1Hex(`${r}\u0000${a}\u0000${stableStringify(d ?? null)}`),
        );
      }),
    ));
});

describe("sha1HexOfParts", () => {
  it("equals sha1Hex of the joined parts, whatever the characters", () =>
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 400 }), { maxLength: 6 }), (parts) => {
        expect(sha1HexOfParts(parts)).toBe(sha1Hex(parts.join("")));
      }),
    ));
});
