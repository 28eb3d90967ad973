import { describe, expect, it } from "vitest";
import { useOrgWorldSuite } from "../findings/org-world-suite";
import { OTHER_ACCOUNT } from "../findings/test-fixtures";

describe("overview procedures (real PostgreSQL)", () => {
  const suite = useOrgWorldSuite();
  const callerAs = suite.callerAs;

  it("summarises posture and open findings by severity for a viewer", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    const summary = await viewer.overview.getSummary();
    expect(summary.posture).toMatchObject({
      score: 62,
      scanId: suite.world.scan.id,
      newCount: 2,
      resolvedCount: 1,
    });
    expect(summary.open).toEqual({ critical: 1, high: 1, medium: 1, low: 1, info: 0 });
    expect(summary.openTotal).toBe(4);
    expect(summary.worstSeverity).toBe("critical");
  });

  it("returns the trend oldest first", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    const trend = await viewer.overview.getTrend();
    expect(trend.points.map((p) => p.score)).toEqual([80, 62]);
  });

  it("ranks the riskiest roles", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    const { roles } = await viewer.overview.topRiskyRoles();
    expect(roles.map((r) => [r.name, r.worstSeverity, r.openCount])).toEqual([
      ["irsa-any-service-account", "critical", 2],
      ["payments-api", "low", 1],
    ]);
    expect(roles[0]?.roleId).toBe(suite.world.roles.wildcard.id);
  });

  it("lists accounts whose last scan failed, with the error", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    const { accounts } = await viewer.overview.failedAccounts();
    expect(accounts).toEqual([
      expect.objectContaining({
        accountId: OTHER_ACCOUNT,
        name: "sandbox",
        errorCode: "AccessDenied",
        scanId: suite.world.scan.id,
      }),
    ]);
    expect(accounts[0]?.lastError).toMatch(/AccessDenied/);
  });

  it("lists trust drift and the latest scan's new and resolved counts", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    const drift = await viewer.overview.recentDrift();
    expect(drift.findings.map((f) => [f.id, f.change])).toEqual([[suite.world.findings.drift.id, "widened"]]);
    expect(drift.latestScan).toMatchObject({ newCount: 2, resolvedCount: 1 });
  });

  it("shows a member of another organization nothing of the first one's", async () => {
    const other = await callerAs("admin@other.trustwatch.dev");
    expect(await other.overview.getSummary()).toEqual({
      posture: null,
      open: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
      openTotal: 0,
      worstSeverity: null,
    });
    expect((await other.overview.getTrend()).points).toEqual([]);
    expect((await other.overview.topRiskyRoles()).roles).toEqual([]);
    expect((await other.overview.failedAccounts()).accounts).toEqual([]);
    expect(await other.overview.recentDrift()).toEqual({ findings: [], latestScan: null });
  });
});
