import { describe, expect, it } from "vitest";
import { useOrgWorldSuite } from "../findings/org-world-suite";
import { ACCOUNT, codeOf, roleArn } from "../findings/test-fixtures";

describe("roles procedures (real PostgreSQL)", () => {
  const suite = useOrgWorldSuite();
  const callerAs = suite.callerAs;

  it("lists roles with who can assume them, worst open severity and the admin-like flag", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    const { items, nextCursor } = await viewer.roles.list({});
    expect(nextCursor).toBeNull();
    expect(items.map((r) => [r.name, r.worstSeverity, r.openFindingCount, r.isAdminLike])).toEqual([
      ["irsa-any-service-account", "critical", 2, true],
      ["payments-api", "low", 1, false],
    ]);
    expect(items[0]?.whoCanAssume).toContain("any service account in cluster prod-use1");
    expect(items[1]?.whoCanAssume).toContain("service account payments/api");
    expect(items[0]?.accountName).toBe("prod");
  });

  it("searches and paginates roles", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    expect((await viewer.roles.list({ search: "PAYMENTS" })).items.map((r) => r.name)).toEqual([
      "payments-api",
    ]);
    expect((await viewer.roles.list({ accountId: ["999999999999"] })).items).toEqual([]);
    const page1 = await viewer.roles.list({ limit: 1 });
    expect(page1.items.map((r) => r.name)).toEqual(["irsa-any-service-account"]);
    const page2 = await viewer.roles.list({ limit: 1, cursor: page1.nextCursor });
    expect(page2.items.map((r) => r.name)).toEqual(["payments-api"]);
    expect(page2.nextCursor).toBeNull();
  });

  it("details a role: decoded trust policy with the risky condition highlighted, plain words, permissions", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    const role = await viewer.roles.get({ idOrArn: suite.world.roles.wildcard.id });
    expect(await viewer.roles.get({ idOrArn: roleArn("irsa-any-service-account") })).toEqual(role);
    const highlighted = role.trust.lines.filter((l) =>
      l.findingIds.includes(suite.world.findings.wildcardSub.id),
    );
    expect(highlighted.map((l) => l.text.trim())).toEqual([
      '"oidc.eks.us-east-1.amazonaws.com/id/ABC123:sub": "system:serviceaccount:*:*"',
    ]);
    expect(role.trust.lines[0]?.text).toBe("{");
    expect(role.trust.whoCanAssume[0]).toMatchObject({
      kind: "oidc",
      label: "EKS cluster prod-use1",
      isOpen: true,
    });
    expect(role.trust.whoCanAssume[0]?.subjects[0]?.text).toBe("any service account in cluster prod-use1");
    expect(role.isAdminLike).toBe(true);
    expect(role.policies).toEqual([
      expect.objectContaining({ kind: "attached", name: "AdministratorAccess", isAdminLike: true }),
    ]);
    expect(role.findings.map((f) => [f.ruleId, f.highlightedLines > 0])).toEqual([
      ["trust.wildcard-sub", true],
      ["drift.trust-changed", false],
    ]);

    const exact = await viewer.roles.get({ idOrArn: suite.world.roles.exact.id });
    expect(exact.trust.whoCanAssume[0]?.subjects).toEqual([
      { text: "service account payments/api", raw: "system:serviceaccount:payments:api" },
    ]);
    expect(exact.podIdentityAssociations).toEqual([
      expect.objectContaining({
        clusterName: "prod-use1",
        namespace: "payments",
        serviceAccount: "api",
        isTarget: false,
      }),
    ]);
    expect(exact.policies).toEqual([
      expect.objectContaining({ kind: "inline", name: "read-bucket", isAdminLike: false }),
    ]);
    expect(exact.accountId).toBe(ACCOUNT);
  });

  it("shows a member of another organization none of the first one's roles", async () => {
    const other = await callerAs("admin@other.trustwatch.dev");
    expect((await other.roles.list({})).items).toEqual([]);
    expect(await codeOf(other.roles.get({ idOrArn: suite.world.roles.wildcard.id }))).toBe("NOT_FOUND");
    expect(await codeOf(other.roles.get({ idOrArn: suite.world.roles.wildcard.arn }))).toBe("NOT_FOUND");
  });
});
