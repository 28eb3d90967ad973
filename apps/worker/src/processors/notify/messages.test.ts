import { describe, expect, it } from "vitest";
import { type AlertFinding, buildScanMessage, escapeMrkdwn, isAtOrAbove } from "./messages";
import { parseRetryAfter } from "./slack-webhook";

const finding = (i: number, severity: AlertFinding["severity"], ruleId = "trust.no-sub"): AlertFinding => ({
  id: `f${i}`,
  ruleId,
  severity,
  title: `Role <${i}> & co`,
  resourceArn: `arn:aws:iam::111111111111:role/r${i}`,
  accountId: "111111111111",
});

const base = {
  organizationName: "Demo Corp",
  scan: { id: "s1", trigger: "schedule" },
  resolved: [],
  threshold: "high" as const,
  appUrl: "https://tw.example",
  accountNames: new Map([["111111111111", "prod"]]),
};

describe("Slack messages", () => {
  it.each([
    { severity: "critical", threshold: "high", expected: true },
    { severity: "high", threshold: "high", expected: true },
    { severity: "medium", threshold: "high", expected: false },
    { severity: "info", threshold: "info", expected: true },
  ] as const)("$severity at or above $threshold: $expected", ({ severity, threshold, expected }) => {
    expect(isAtOrAbove(severity, threshold)).toBe(expected);
  });

  it("lists each finding with severity, rule, resource, account and link, escaped", () => {
    const message = buildScanMessage({ ...base, findings: [finding(1, "high"), finding(2, "critical")] });
    expect(message.text).toBe("2 new Trustwatch findings in Demo Corp: 1 critical, 1 high");
    const [, , first, second] = message.blocks.map((b) => JSON.stringify(b));
    expect(first).toContain("CRITICAL");
    expect(first).toContain("<https://tw.example/findings/f2|Role &lt;2&gt; &amp; co>");
    expect(first).toContain("arn:aws:iam::111111111111:role/r2");
    expect(first).toContain("prod (111111111111)");
    expect(second).toContain("HIGH");
  });

  it("summarises more than 20 findings: top 10, counts per rule, a link to the list", () => {
    const findings = [...Array(30)].map((_, i) =>
      finding(i, i < 2 ? "critical" : "high", i % 2 ? "a.rule" : "b.rule"),
    );
    const message = buildScanMessage({ ...base, findings, resolved: [{ ruleId: "x.rule", count: 4 }] });
    const json = JSON.stringify(message.blocks);
    expect(json.match(/\/findings\/f\d+\|/g)).toHaveLength(10);
    expect(json).toContain("and 20 more");
    expect(json).toContain("`a.rule`: 15");
    expect(json).toContain("https://tw.example/findings?status=open&severity=critical,high");
    expect(json).toContain("4 resolved");
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });

  it("escapes Slack control characters", () => {
    expect(escapeMrkdwn("<a & b>")).toBe("&lt;a &amp; b&gt;");
  });

  it.each([
    { value: "2", expected: 2_000 },
    { value: null, expected: null },
    { value: "soon", expected: null },
    { value: new Date(10_000).toUTCString(), expected: 10_000 - 4_000 },
  ])("Retry-After $value → $expected ms", ({ value, expected }) => {
    expect(parseRetryAfter(value, 4_000)).toBe(expected);
  });
});
