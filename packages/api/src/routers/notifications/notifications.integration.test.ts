import { randomBytes } from "node:crypto";
import { decryptSecret, parseEncryptionKey } from "@trustwatch/db";
import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { JOB, type Queues } from "@trustwatch/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type SecretsConfig } from "../../context";
import { appRouter } from "../../root";
import { type Seeded, seedForApi } from "../../test-helpers";
import { codeOf, createTestQueues, DEMO, OTHER_ADMIN } from "../accounts/test-support";

const KEY = randomBytes(32).toString("base64");
const URL = "https://hooks.slack.com/services/T0SECRET/B0SECRET/s3cr3tTokenXYZ";

describe("notifications router (real PostgreSQL + Redis)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  let q: ReturnType<typeof createTestQueues>;
  let channelId = "";

  const caller = async (
    email: string,
    secrets: SecretsConfig = { encryptionKey: KEY, allowAnyWebhookUrl: false },
    queues?: Queues,
  ) =>
    appRouter.createCaller(
      createContext({
        db: testDb.db,
        session: await seeded.session(email),
        secrets,
        ...(queues ? { queues: () => queues } : {}),
      }),
    );

  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
    q = createTestQueues();
  });
  afterAll(async () => {
    await q?.close();
    await testDb?.drop();
  });

  it("stores the webhook URL encrypted and only ever returns its hint", async () => {
    const admin = await caller(DEMO.admin);
    const channel = await admin.notifications.createChannel({
      name: "#sec-alerts",
      webhookUrl: URL,
      minSeverity: "high",
    });
    channelId = channel.id;
    expect(channel.webhookUrlHint).toBe("https://hooks.slack.com/services/T…/…XYZ");
    const row = await testDb.db.notificationChannel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(row.webhookUrlEncrypted).not.toContain("s3cr3t");
    expect(decryptSecret(row.webhookUrlEncrypted, parseEncryptionKey(KEY))).toBe(URL);

    const everything = JSON.stringify([channel, await admin.notifications.listChannels()]);
    expect(everything).not.toContain("s3cr3t");
    expect(everything).not.toContain("webhookUrlEncrypted");

    const updated = await admin.notifications.updateChannel({
      channelId,
      minSeverity: "medium",
      webhookUrl: `${URL}2`,
    });
    expect(JSON.stringify(updated)).not.toContain("s3cr3t");
    const logs = await testDb.db.auditLog.findMany({ where: { targetId: channelId } });
    expect(logs.map((l) => l.action).sort()).toEqual([
      "notification-channel.create",
      "notification-channel.update",
    ]);
    expect(JSON.stringify(logs)).not.toContain("s3cr3t");
    expect(JSON.stringify(logs)).not.toContain(row.webhookUrlEncrypted);
  });

  it("accepts only Slack webhook URLs unless the override is on, and needs the key", async () => {
    const admin = await caller(DEMO.admin);
    const local = { name: "local", webhookUrl: "http://127.0.0.1:9/hook", minSeverity: "low" as const };
    expect(await codeOf(admin.notifications.createChannel(local))).toBe("BAD_REQUEST");
    const permissive = await caller(DEMO.admin, { encryptionKey: KEY, allowAnyWebhookUrl: true });
    const created = await permissive.notifications.createChannel(local);
    await permissive.notifications.removeChannel({ channelId: created.id });
    const keyless = await caller(DEMO.admin, { encryptionKey: null, allowAnyWebhookUrl: false });
    expect(await codeOf(keyless.notifications.createChannel({ ...local, webhookUrl: URL }))).toBe(
      "PRECONDITION_FAILED",
    );
  });

  it("queues a test message and lists deliveries", async () => {
    const admin = await caller(DEMO.admin, undefined, q.queues);
    const { jobId } = await admin.notifications.sendTest({ channelId });
    const job = await q.queues.notify.getJob(jobId);
    expect(job?.name).toBe(JOB.notifyTest);
    expect(job?.data).toEqual({ organizationId: seeded.demoId, channelId });
    await testDb.db.notificationDelivery.create({
      data: {
        organizationId: seeded.demoId,
        channelId,
        dedupeKey: "test:x",
        kind: "test",
        status: "delivered",
        attempts: 1,
        responseCode: 200,
        payload: {},
      },
    });
    const deliveries = await admin.notifications.listDeliveries({ channelId });
    expect(deliveries).toMatchObject([
      { kind: "test", status: "delivered", channelName: "#sec-alerts", responseCode: 200 },
    ]);
    expect(JSON.stringify(deliveries)).not.toContain("payload");
  });

  it("is admin-only and invisible to other organizations", async () => {
    for (const email of [DEMO.analyst, DEMO.approver, DEMO.viewer]) {
      const member = await caller(email, undefined, q.queues);
      expect(await codeOf(member.notifications.listChannels())).toBe("FORBIDDEN");
      expect(await codeOf(member.notifications.sendTest({ channelId }))).toBe("FORBIDDEN");
      expect(
        await codeOf(member.notifications.createChannel({ name: "x", webhookUrl: URL, minSeverity: "high" })),
      ).toBe("FORBIDDEN");
    }
    const other = await caller(OTHER_ADMIN, undefined, q.queues);
    expect(await other.notifications.listChannels()).toEqual([]);
    expect(await other.notifications.listDeliveries({})).toEqual([]);
    expect(await codeOf(other.notifications.updateChannel({ channelId, enabled: false }))).toBe("NOT_FOUND");
    expect(await codeOf(other.notifications.sendTest({ channelId }))).toBe("NOT_FOUND");
    expect(await codeOf(other.notifications.removeChannel({ channelId }))).toBe("NOT_FOUND");
    expect(await testDb.db.notificationChannel.count({ where: { id: channelId } })).toBe(1);

    const admin = await caller(DEMO.admin);
    await admin.notifications.removeChannel({ channelId });
    expect(await testDb.db.notificationChannel.count({ where: { id: channelId } })).toBe(0);
  });
});
