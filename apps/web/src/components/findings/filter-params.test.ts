import { describe, expect, it } from "vitest";
import { parseFindingsQuery, toListInput, toSearchString } from "./filter-params";

describe("findings query string", () => {
  const cases = [
    { name: "defaults to open findings by severity", query: "", search: "", input: { status: ["open"] } },
    {
      name: "keeps known severities in order and drops unknown ones",
      query: "severity=low,critical,bogus",
      search: "?severity=critical%2Clow",
      input: { severity: ["critical", "low"], status: ["open"] },
    },
    { name: "status all lifts the status filter", query: "status=all", search: "?status=all", input: {} },
    {
      name: "rule, account, search and sort",
      query: "rule=trust.no-sub&account=111111111111&q=prod&sort=newest",
      search: "?rule=trust.no-sub&account=111111111111&q=prod&sort=newest",
      input: { status: ["open"], ruleId: ["trust.no-sub"], accountId: ["111111111111"], search: "prod" },
    },
    { name: "ignores a malformed account", query: "account=12", search: "", input: { status: ["open"] } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const q = parseFindingsQuery(new URLSearchParams(c.query));
      expect(toSearchString(q)).toBe(c.search);
      expect(toListInput(q)).toEqual(c.input);
    });
  }

  it("reads Next.js searchParams objects too", () => {
    expect(parseFindingsQuery({ severity: ["high", "low"], group: "rule" })).toMatchObject({
      severity: ["high"],
      group: "rule",
    });
  });
});
