import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  const cases: { name: string; cell: string; expected: string }[] = [
    { name: "plain", cell: "arn:aws:iam::1:role/x", expected: "arn:aws:iam::1:role/x" },
    { name: "formula =", cell: '=HYPERLINK("http://x")', expected: '"\'=HYPERLINK(""http://x"")"' },
    { name: "formula +", cell: "+1", expected: "'+1" },
    { name: "formula -", cell: "-2+3", expected: "'-2+3" },
    { name: "formula @", cell: "@SUM(A1)", expected: "'@SUM(A1)" },
    { name: "leading tab", cell: "\t=1", expected: "'\t=1" },
    { name: "comma quoted", cell: "a,b", expected: '"a,b"' },
    { name: "newline quoted", cell: "a\nb", expected: '"a\nb"' },
    { name: "empty", cell: "", expected: "" },
  ];
  it.each(cases)("$name", ({ cell, expected }) => {
    expect(toCsv(["h"], [[cell]])).toBe(`h\r\n${expected}\r\n`);
  });
});
