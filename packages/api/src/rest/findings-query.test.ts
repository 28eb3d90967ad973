import { describe, expect, it } from "vitest";
import { parseFindingsQuery } from "./findings-query";

const parse = (query: string) => parseFindingsQuery(new URL(`http://x/api/v1/findings?${query}`));

describe("parseFindingsQuery", () => {
  it("defaults to JSON, 500 per page, no filter", () => {
    expect(parse("")).toEqual({ ok: true, query: { format: "json", cursor: null, limit: 500, filter: {} } });
  });
  it("accepts comma-separated and repeated filters", () => {
    expect(
      parse(
        "format=csv&status=open,resolved&severity=high&severity=critical&rule=trust.no-sub&cursor=abc&limit=10",
      ),
    ).toEqual({
      ok: true,
      query: {
        format: "csv",
        cursor: "abc",
        limit: 10,
        filter: { status: ["open", "resolved"], severity: ["high", "critical"], ruleId: ["trust.no-sub"] },
      },
    });
  });
  it.each(["format=xml", "status=closed", "severity=urgent", "limit=0", "limit=501", "limit=abc"])(
    "refuses %s",
    (query) => {
      expect(parse(query).ok).toBe(false);
    },
  );
});
