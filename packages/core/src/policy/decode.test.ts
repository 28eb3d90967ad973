import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { policyText } from "./decode";
import { parsePolicy } from "./parse";

const DOC =
  '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}}';

// InventoryIndex shares one parse between the encoded and plain forms of a document: that is only
// sound if parsing the plain text gives exactly what parsing the original gives.
describe("policyText", () => {
  it.each([
    ["plain JSON", DOC, DOC],
    ["URL-encoded", encodeURIComponent(DOC), DOC],
    ["URL-encoded with spaces around", `  ${encodeURIComponent(` ${DOC} `)}\n`, DOC],
    ["malformed escape", "%E0%A4%A", "%E0%A4%A"],
    ["encoded non-object", encodeURIComponent("[1]"), encodeURIComponent("[1]")],
    [
      "double-encoded",
      encodeURIComponent(encodeURIComponent(DOC)),
      encodeURIComponent(encodeURIComponent(DOC)),
    ],
  ])("%s", (_name, input, expected) => expect(policyText(input)).toBe(expected));

  it("parses to the same result as the original text", () =>
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((j) => encodeURIComponent(j)),
          fc.constantFrom(DOC, `{${DOC}`, "%7B%", "%7B%22Statement%22%3A%5B%5D%7D", " %7B%7D "),
          fc.string().map((s) => encodeURIComponent(`{${s}`)),
        ),
        (input) => {
          expect(parsePolicy(policyText(input))).toEqual(parsePolicy(input));
        },
      ),
      { numRuns: 2000 },
    ));
});
