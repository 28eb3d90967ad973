import { createApiToken, type Db } from "@trustwatch/db";
import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import type { Queues } from "@trustwatch/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Seeded, seedForApi } from "../test-helpers";
import { handleSessionFindingsExport } from "./export-findings";
import { handleListFindings } from "./findings";
import { handleGetScan, handleStartScan } from "./scans";

const BASE = "http://localhost/api/v1";

function recordingQueues() {
  const added: { name: string; data: unknown }[] = [];
  const queue = {
    add: async (name: string, data: unknown) => {
      added.push({ name, data });
      return { id: name };
    },
  };
  const queues = { scan: queue, remediation: queue, notify: queue, schedule: queue } as unknown as Queues;
  return { added, queues: () => queues };
}

const noQueues = () => {
  throw new Error("queues must not be used for reads");
};

const get = (path: string, token?: string) =>
  new Request(`${BASE}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

async function seedFinding(db: Db, organizationId: string, title: string, severity: "high" | "low" = "high") {
  const now = new Date();
  return db.finding.create({
    data: {
      organizationId,
      ruleId: "trust.no-sub",
      severity,
      fingerprint: `fp-${title}`,
      resourceType: "iam-role",
      resourceArn: `arn:aws:iam::111122223333:role/${title}`,
      accountId: "111122223333",
      title,
      evidence: {},
      firstSeenAt: now,
      lastSeenAt: now,
    },
  });
}

describe("REST API with API tokens (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  let demoRead: string;
  let demoScan: string;
  let otherRead: string;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
    const mk = async (organizationId: string, scope: "read" | "scan", expiresAt: Date | null = null) =>
      (
        await createApiToken(testDb.db, organizationId, {
          name: scope,
          scope,
          expiresAt,
          createdById: "seed",
        })
      ).token;
    demoRead = await mk(seeded.demoId, "read");
    demoScan = await mk(seeded.demoId, "scan");
    otherRead = await mk(seeded.otherId, "read");
    await seedFinding(testDb.db, seeded.demoId, "demo-finding");
    await seedFinding(testDb.db, seeded.demoId, "=cmd|' /C calc'!A0", "low");
    await seedFinding(testDb.db, seeded.otherId, "other-finding");
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("serves each token only its own organization's findings, as JSON and CSV", async () => {
    const demo = await handleListFindings(testDb.db, noQueues, get("/findings", demoRead));
    expect(demo.status).toBe(200);
    const body = (await demo.json()) as { items: { title: string }[]; nextCursor: string | null };
    expect(body.items.map((f) => f.title).sort()).toEqual(["=cmd|' /C calc'!A0", "demo-finding"]);

    const other = await handleListFindings(testDb.db, noQueues, get("/findings?format=csv", otherRead));
    expect(other.headers.get("content-type")).toContain("text/csv");
    const csv = await other.text();
    expect(csv).toContain("other-finding");
    expect(csv).not.toContain("demo-finding");

    const guarded = await (
      await handleListFindings(testDb.db, noQueues, get("/findings?format=csv&severity=low", demoRead))
    ).text();
    expect(guarded.split("\r\n")[1]).toContain(",'=cmd|' /C calc'!A0,");
    const row = await testDb.db.apiToken.findFirstOrThrow({ where: { organizationId: seeded.otherId } });
    expect(row.lastUsedAt).toBeInstanceOf(Date);
  });

  it("pages with a cursor and reports the next one in a header", async () => {
    const first = await handleListFindings(testDb.db, noQueues, get("/findings?limit=1", demoRead));
    const cursor = first.headers.get("x-next-cursor");
    expect(cursor).toBeTruthy();
    const second = (await (
      await handleListFindings(testDb.db, noQueues, get(`/findings?limit=1&cursor=${cursor}`, demoRead))
    ).json()) as {
      items: unknown[];
      nextCursor: string | null;
    };
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
  });

  it("answers 401 with a JSON body for missing, malformed, unknown, revoked and expired tokens", async () => {
    const revoked = await createApiToken(testDb.db, seeded.demoId, {
      name: "r",
      scope: "read",
      expiresAt: null,
      createdById: "x",
    });
    await testDb.db.apiToken.update({ where: { id: revoked.apiToken.id }, data: { revokedAt: new Date() } });
    const expired = await createApiToken(testDb.db, seeded.demoId, {
      name: "e",
      scope: "read",
      expiresAt: new Date(Date.now() - 1000),
      createdById: "x",
    });
    const cases = [
      { token: undefined, message: /Bearer/ },
      { token: "nope", message: /malformed/ },
      { token: `tw_00000000_${"0".repeat(48)}`, message: /not valid/ },
      { token: revoked.token, message: /revoked/ },
      { token: expired.token, message: /expired/ },
    ];
    for (const { token, message } of cases) {
      const response = await handleListFindings(testDb.db, noQueues, get("/findings", token));
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("unauthorized");
      expect(body.error.message).toMatch(message);
    }
  });

  it("refuses 400 for a bad query", async () => {
    const response = await handleListFindings(
      testDb.db,
      noQueues,
      get("/findings?severity=urgent", demoRead),
    );
    expect(response.status).toBe(400);
  });

  it("lets a scan token start a scan (202, enqueued, audited) and a read token not (403)", async () => {
    const post = (token: string, body?: string, headers: Record<string, string> = {}) =>
      new Request(`${BASE}/scans`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, ...headers },
        ...(body !== undefined ? { body } : {}),
      });
    const { added, queues } = recordingQueues();
    const forbidden = await handleStartScan(testDb.db, queues, post(demoRead));
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { error: { code: string } }).error.code).toBe("forbidden");

    const tooBig = await handleStartScan(
      testDb.db,
      queues,
      post(demoScan, "x".repeat(70_000), { "content-type": "application/json" }),
    );
    expect(tooBig.status).toBe(413);
    const badBody = await handleStartScan(
      testDb.db,
      queues,
      post(demoScan, '{"unexpected":1}', { "content-type": "application/json" }),
    );
    expect(badBody.status).toBe(400);

    const started = await handleStartScan(
      testDb.db,
      queues,
      post(demoScan, "{}", { "content-type": "application/json" }),
    );
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as { id: string };
    expect(added).toEqual([{ name: "scan.org", data: { organizationId: seeded.demoId, scanId: id } }]);
    expect(await testDb.db.scan.findUniqueOrThrow({ where: { id } })).toMatchObject({
      trigger: "api",
      organizationId: seeded.demoId,
    });
    const audit = await testDb.db.auditLog.findFirstOrThrow({
      where: { action: "scan.start", targetId: id },
    });
    expect(audit.actorType).toBe("token");

    // A second start while the first is active is a conflict.
    expect((await handleStartScan(testDb.db, queues, post(demoScan))).status).toBe(409);

    // Progress: own scan readable with a read token; another organization's token gets 404.
    const progress = await handleGetScan(testDb.db, noQueues, get(`/scans/${id}`, demoRead), id);
    expect(progress.status).toBe(200);
    expect(await progress.json()).toMatchObject({ id, status: "queued", accounts: [] });
    expect((await handleGetScan(testDb.db, noQueues, get(`/scans/${id}`, otherRead), id)).status).toBe(404);
  });

  it("rate-limits scan starts per organization", async () => {
    const { queues } = recordingQueues();
    const token = (
      await createApiToken(testDb.db, seeded.otherId, {
        name: "s",
        scope: "scan",
        expiresAt: null,
        createdById: "x",
      })
    ).token;
    // Ten finished scans in the last minute.
    await testDb.db.scan.createMany({
      data: Array.from({ length: 10 }, () => ({
        organizationId: seeded.otherId,
        status: "succeeded" as const,
      })),
    });
    const response = await handleStartScan(
      testDb.db,
      queues,
      new Request(`${BASE}/scans`, { method: "POST", headers: { authorization: `Bearer ${token}` } }),
    );
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("60");
  });

  it("exports the session's organization's findings for a signed-in member", async () => {
    const session = await seeded.session("viewer@demo.trustwatch.dev");
    const request = new Request("http://localhost/api/export/findings?format=csv");
    const response = await handleSessionFindingsExport(testDb.db, session, request);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="trustwatch-findings-.*\.csv"/,
    );
    const csv = await response.text();
    expect(csv.split("\r\n")[0]).toBe(
      "id,severity,status,rule,title,resource_type,resource_arn,account_id,first_seen_at,last_seen_at,resolved_at",
    );
    expect(csv).toContain("demo-finding");
    expect(csv).not.toContain("other-finding");
    expect((await handleSessionFindingsExport(testDb.db, null, request)).status).toBe(401);
    const forged = { ...session, activeOrganizationId: seeded.otherId };
    expect((await handleSessionFindingsExport(testDb.db, forged, request)).status).toBe(404);
  });
});
