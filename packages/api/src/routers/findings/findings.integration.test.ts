import { describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { appRouter } from "../../root";
import { useOrgWorldSuite } from "./org-world-suite";
import { ACCOUNT, codeOf, OTHER_ACCOUNT, roleArn, seedFinding } from "./test-fixtures";

describe("findings procedures (real PostgreSQL)", () => {
  const suite = useOrgWorldSuite();
  const callerAs = suite.callerAs;

  it("shows a member of another organization none of the first organization's findings", async () => {
    const other = await callerAs("admin@other.trustwatch.dev");
    expect((await other.findings.list({})).items).toEqual([]);
    expect((await other.findings.list({ search: "irsa" })).items).toEqual([]);
    expect((await other.findings.groupCounts({ by: "rule" })).groups).toEqual([]);
    expect((await other.findings.groupCounts({ by: "account" })).groups).toEqual([]);
    expect(await other.findings.facets()).toEqual({ rules: [], accounts: [], clusters: [] });
    expect(await codeOf(other.findings.get({ id: suite.world.findings.wildcardSub.id }))).toBe("NOT_FOUND");
  });

  it("refuses a signed-out caller", async () => {
    const anonymous = appRouter.createCaller(createContext({ db: suite.testDb.db, session: null }));
    expect(await codeOf(anonymous.findings.list({}))).toBe("UNAUTHORIZED");
  });

  it("lets a viewer read, and filters by severity, status, rule, account and search", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    const all = await viewer.findings.list({});
    expect(all.items).toHaveLength(5);
    // severity sort: worst first
    expect(all.items.map((f) => f.severity)).toEqual(["critical", "high", "high", "medium", "low"]);

    const critical = await viewer.findings.list({ severity: ["critical"] });
    expect(critical.items.map((f) => f.id)).toEqual([suite.world.findings.wildcardSub.id]);
    const open = await viewer.findings.list({ status: ["open"] });
    expect(open.items.every((f) => f.status === "open")).toBe(true);
    expect(open.items).toHaveLength(4);
    const byRule = await viewer.findings.list({ ruleId: ["drift.trust-changed"] });
    expect(byRule.items.map((f) => f.id)).toEqual([suite.world.findings.drift.id]);
    const byAccount = await viewer.findings.list({ accountId: [OTHER_ACCOUNT] });
    expect(byAccount.items.map((f) => f.id)).toEqual([suite.world.findings.resolved.id]);
    const bySearch = await viewer.findings.list({ search: "PAYMENTS" });
    expect(bySearch.items.map((f) => f.id)).toEqual([suite.world.findings.noAud.id]);
    const combined = await viewer.findings.list({ severity: ["high"], status: ["open"] });
    expect(combined.items.map((f) => f.id)).toEqual([suite.world.findings.orphan.id]);
  });

  it("sorts newest and oldest first", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    const newest = await viewer.findings.list({ sort: "newest" });
    const oldest = await viewer.findings.list({ sort: "oldest" });
    expect(newest.items.map((f) => f.id)).toEqual([...oldest.items].reverse().map((f) => f.id));
    expect(oldest.items[0]?.id).toBe(suite.world.findings.wildcardSub.id);
  });

  it("groups counts by rule (with titles) and by account (with names)", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    const byRule = await viewer.findings.groupCounts({ by: "rule", status: ["open"] });
    expect(byRule.groups).toContainEqual({
      key: "trust.wildcard-sub",
      label: "StringLike sub matching every service account",
      count: 1,
    });
    const byAccount = await viewer.findings.groupCounts({ by: "account" });
    expect(byAccount.groups).toEqual([
      { key: ACCOUNT, label: "prod", count: 4 },
      { key: OTHER_ACCOUNT, label: "sandbox", count: 1 },
    ]);
  });

  it("returns a finding's evidence, its rule's explanation and the role to link to", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    const detail = await viewer.findings.get({ id: suite.world.findings.wildcardSub.id });
    expect(detail.evidence).toMatchObject({ statementIndex: 0, patterns: ["system:serviceaccount:*:*"] });
    expect(detail.rule?.title).toBe("StringLike sub matching every service account");
    expect(detail.rule?.rationale).toMatch(/restricts nothing/);
    expect(detail.rule?.remediationHint).toMatch(/StringEquals/);
    expect(detail.roleId).toBe(suite.world.roles.wildcard.id);
    expect(detail.accountName).toBe("prod");
    expect(detail.exception).toBeNull();
    expect(await codeOf(viewer.findings.get({ id: "does-not-exist" }))).toBe("NOT_FOUND");
  });

  it("offers the filter bar's rules, accounts and clusters", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    const facets = await viewer.findings.facets();
    expect(facets.rules.map((r) => r.ruleId)).toContain("provider.orphaned");
    expect(facets.accounts.map((a) => a.accountId)).toEqual([ACCOUNT, OTHER_ACCOUNT]);
    expect(facets.clusters.map((c) => c.name)).toEqual(["prod-use1"]);
  });

  it("keeps cursor pagination stable when findings are inserted between pages", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    for (let i = 0; i < 12; i += 1) {
      await seedFinding(suite.testDb.db, suite.seeded.demoId, {
        ruleId: "role.long-session",
        severity: (["high", "medium", "low"] as const)[i % 3] ?? "low",
        resourceArn: roleArn(`paged-${i}`),
        title: `paged ${i}`,
      });
    }
    for (const sort of ["severity", "newest", "oldest"] as const) {
      const before = await viewer.findings.list({ sort, limit: 100 });
      const page1 = await viewer.findings.list({ sort, limit: 7 });
      expect(page1.nextCursor).not.toBeNull();
      // New rows of every severity and timestamp, some sorting before and some after the cursor.
      const inserted = [];
      for (const severity of ["critical", "high", "medium", "low", "info"] as const) {
        inserted.push(
          await seedFinding(suite.testDb.db, suite.seeded.demoId, {
            ruleId: "role.unused",
            severity,
            resourceArn: roleArn(`inserted-${sort}-${severity}`),
            title: `inserted ${severity}`,
            firstSeenAt: new Date(Date.UTC(2024 + (severity.length % 3), 0, 1)),
          }),
        );
      }
      const seen = [...page1.items.map((f) => f.id)];
      let cursor = page1.nextCursor;
      while (cursor) {
        const page = await viewer.findings.list({ sort, limit: 7, cursor });
        seen.push(...page.items.map((f) => f.id));
        cursor = page.nextCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      for (const original of before.items) expect(seen).toContain(original.id);
      for (const row of inserted) await suite.testDb.db.finding.delete({ where: { id: row.id } });
    }
  });
});
