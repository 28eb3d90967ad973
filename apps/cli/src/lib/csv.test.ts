import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  const cases = [
    { name: "plain", rows: [["a", "b"]], expected: "x,y\na,b" },
    { name: "quotes and commas", rows: [['say "hi"', "1,2"]], expected: 'x,y\n"say ""hi""","1,2"' },
    { name: "newline", rows: [["line1\nline2", ""]], expected: 'x,y\n"line1\nline2",' },
    {
      name: "formula injection neutralised",
      rows: [["=HYPERLINK()", "+1"]],
      expected: "x,y\n'=HYPERLINK(),'+1",
    },
  ];
  it.each(cases)("$name", ({ rows, expected }) => {
    expect(toCsv(["x", "y"], rows)).toBe(expected);
  });
});
