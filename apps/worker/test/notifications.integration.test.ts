import { createChannel, encryptSecret, parseEncryptionKey, webhookUrlHint } from "@trustwatch/db";
import { enqueueScanNotification, enqueueTestNotification } from "@trustwatch/jobs";
import { demoScenario } from "@trustwatch/sandbox";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createHarness, HARNESS_ENCRYPTION_KEY, type Harness } from "./harness";
import { type SlackReceiver, startSlackReceiver, waitFor } from "./slack-receiver";

const RANK = { critical: 0, high: 1, medium: 2, low: 3, info: 4 } as const;

describe("Slack alerts (sandbox + PostgreSQL + Redis + a local webhook receiver)", () => {
  let h: Harness;
  let slack: SlackReceiver;
  const key = parseEncryptionKey(HARNESS_ENCRYPTION_KEY);

  const addChannel = (path: string, minSeverity: "critical" | "high" | "medium" | "low" | "info" = "high") =>
    createChannel(h.db, h.organizationId, {
      name: `#alerts${path.replaceAll("/", "-")}`,
      webhookUrlEncrypted: encryptSecret(slack.url(path), key),
      webhookUrlHint: webhookUrlHint(slack.url(path)),
      minSeverity,
      enabled: true,
    });

  /** A finished scan with findings of our own making: fast, and under the test's control. */
  const syntheticScan = async (severities: ("critical" | "high" | "medium" | "low")[]) => {
    const now = new Date();
    const scan = await h.db.scan.create({
      data: {
        organizationId: h.organizationId,
        status: "succeeded",
        phase: "done",
        startedAt: now,
        finishedAt: now,
      },
    });
    for (const [i, severity] of severities.entries()) {
      await h.db.finding.create({
        data: {
          organizationId: h.organizationId,
          ruleId: "trust.no-sub",
          severity,
          fingerprint: `${scan.id}-${i}`,
          resourceType: "iam-role",
          resourceArn: `arn:aws:iam::111111111111:role/synthetic-${i}`,
          accountId: "111111111111",
          title: `Synthetic ${i}`,
          evidence: {},
          firstSeenAt: now,
          lastSeenAt: now,
          firstScanId: scan.id,
          lastScanId: scan.id,
        },
      });
    }
    return scan.id;
  };

  const deliveryOf = (channelId: string, scanId: string) =>
    h.db.notificationDelivery.findUnique({ where: { dedupeKey: `scan.findings:${channelId}:${scanId}` } });
  const settled = (channelId: string, scanId: string) =>
    waitFor(async () => {
      const d = await deliveryOf(channelId, scanId);
      return d && d.status !== "pending" ? d : null;
    });

  beforeAll(async () => {
    h = await createHarness(demoScenario);
    slack = await startSlackReceiver();
    h.startWorker();
  });
  afterEach(async () => {
    await h.db.notificationChannel.deleteMany({});
  });
  afterAll(async () => {
    await h?.close();
    await slack?.close();
  });

  it("sends one Block Kit message per scan with the new findings at or above the threshold, then nothing for the same findings", async () => {
    const channel = await addChannel("/scan", "high");
    const scan = await h.runScan();
    const [message] = await waitFor(() =>
      slack.messagesFor("/scan").length ? slack.messagesFor("/scan") : null,
    );
    const findings = await h.db.finding.findMany({
      where: { organizationId: h.organizationId, status: "open" },
    });
    const atOrAbove = findings.filter((f) => RANK[f.severity] <= RANK.high);
    const below = findings.filter((f) => RANK[f.severity] > RANK.high);
    expect(atOrAbove.length).toBeGreaterThan(0);
    expect(below.length).toBeGreaterThan(0);

    const blocks = message?.body.blocks ?? [];
    expect(blocks[0]).toMatchObject({ type: "header" });
    const json = JSON.stringify(blocks);
    const shown = atOrAbove.length > 20 ? 10 : atOrAbove.length;
    expect(json.match(/\/findings\/[a-z0-9-]+\|/g)?.length).toBe(shown);
    const first = [...atOrAbove].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0];
    if (!first) throw new Error("no finding");
    expect(json).toContain(`http://localhost:3000/findings/${first.id}|`);
    expect(json).toContain(first.ruleId);
    expect(json).toContain(first.resourceArn);
    expect(json).toContain(first.accountId);
    expect(json).toContain(first.severity.toUpperCase());
    for (const f of below) expect(json).not.toContain(`/findings/${f.id}|`);
    expect(message?.body.text).toContain(`${atOrAbove.length} new Trustwatch finding`);

    const delivery = await settled(channel.id, scan.id);
    expect(delivery).toMatchObject({
      status: "delivered",
      attempts: 1,
      responseCode: 200,
      kind: "scan.findings",
    });
    // alerted once: set on the sent findings only (right after the delivery is recorded)
    await waitFor(
      async () => (await h.db.finding.count({ where: { alertedAt: { not: null } } })) === atOrAbove.length,
    );
    const after = await h.db.finding.findMany({
      where: { organizationId: h.organizationId, status: "open" },
    });
    for (const f of after) expect(f.alertedAt !== null).toBe(RANK[f.severity] <= RANK.high);

    // a second scan sees the same findings: no notification, even when asked explicitly
    const second = await h.runScan();
    await enqueueScanNotification(h.queues, { organizationId: h.organizationId, scanId: second.id });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(slack.messagesFor("/scan")).toHaveLength(1);
    expect(await deliveryOf(channel.id, second.id)).toBeNull();
  });

  it("alerts again about a finding that comes back after being resolved", async () => {
    const channel = await addChannel("/reopened", "high");
    const finding = await h.db.finding.findFirstOrThrow({
      where: { organizationId: h.organizationId, status: "open", severity: "critical" },
    });
    expect(finding.alertedAt).not.toBeNull();
    // as if an earlier scan had not seen it: this scan re-opens it and reconciliation clears alertedAt
    await h.db.finding.update({
      where: { id: finding.id },
      data: { status: "resolved", resolvedAt: new Date() },
    });
    const scan = await h.runScan();
    const [message] = await waitFor(() =>
      slack.messagesFor("/reopened").length ? slack.messagesFor("/reopened") : null,
    );
    const json = JSON.stringify(message?.body.blocks);
    expect(json.match(/\/findings\/[a-z0-9-]+\|/g)).toEqual([`/findings/${finding.id}|`]);
    expect(await settled(channel.id, scan.id)).toMatchObject({ status: "delivered" });
  });

  it("summarises a large batch instead of flooding the channel", async () => {
    await addChannel("/large", "medium");
    const scanId = await syntheticScan([...Array(25)].map((_, i) => (i < 3 ? "critical" : "medium")));
    await enqueueScanNotification(h.queues, { organizationId: h.organizationId, scanId });
    const [message] = await waitFor(() =>
      slack.messagesFor("/large").length ? slack.messagesFor("/large") : null,
    );
    const json = JSON.stringify(message?.body.blocks);
    expect(json.match(/\/findings\/[a-z0-9-]+\|/g)?.length).toBe(10);
    expect(json).toContain("and 15 more");
    expect(json).toContain("`trust.no-sub`: 25");
    expect(json).toContain("/findings?status=open&severity=critical,high,medium");
    // the three critical ones come first
    expect(JSON.stringify(message?.body.blocks?.[2])).toContain("CRITICAL");
  });

  it("retries a 500 and then delivers", async () => {
    const channel = await addChannel("/flaky", "high");
    slack.script("/flaky", [{ status: 500, body: "oops" }, { status: 503 }]);
    const scanId = await syntheticScan(["critical"]);
    await enqueueScanNotification(h.queues, { organizationId: h.organizationId, scanId });
    const delivery = await settled(channel.id, scanId);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 3, responseCode: 200 });
    expect(slack.messagesFor("/flaky")).toHaveLength(1);
    await waitFor(
      async () => (await h.db.finding.findFirstOrThrow({ where: { firstScanId: scanId } })).alertedAt,
    );
  });

  it("honours Retry-After on 429", async () => {
    const channel = await addChannel("/limited", "high");
    slack.script("/limited", [{ status: 429, body: "rate_limited", headers: { "retry-after": "2" } }]);
    const scanId = await syntheticScan(["high"]);
    await enqueueScanNotification(h.queues, { organizationId: h.organizationId, scanId });
    await settled(channel.id, scanId);
    const times = slack.attempts.filter((a) => a.path === "/limited").map((a) => a.at);
    expect(times).toHaveLength(2);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(2_000);
    expect(await deliveryOf(channel.id, scanId)).toMatchObject({ status: "delivered", attempts: 2 });
  });

  it("marks a channel whose webhook is gone as failing, and a test message is recorded", async () => {
    const channel = await addChannel("/gone", "high");
    slack.script("/gone", [{ status: 404, body: "no_service" }]);
    const scanId = await syntheticScan(["critical"]);
    await enqueueScanNotification(h.queues, { organizationId: h.organizationId, scanId });
    const delivery = await settled(channel.id, scanId);
    expect(delivery).toMatchObject({ status: "failed", attempts: 1, responseCode: 404 });
    const row = await h.db.notificationChannel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(row).toMatchObject({ status: "failing", lastError: "HTTP 404: no_service" });
    expect(row.failingSince).not.toBeNull();
    // undelivered: the finding is still to be announced
    expect((await h.db.finding.findFirstOrThrow({ where: { firstScanId: scanId } })).alertedAt).toBeNull();

    // a successful test message brings the channel back
    await enqueueTestNotification(h.queues, { organizationId: h.organizationId, channelId: channel.id });
    const [test] = await waitFor(() =>
      slack.messagesFor("/gone").length ? slack.messagesFor("/gone") : null,
    );
    expect(test?.body.text).toContain("Trustwatch test message");
    await waitFor(
      async () =>
        (await h.db.notificationChannel.findUniqueOrThrow({ where: { id: channel.id } })).status === "ok",
    );
  });

  it("marks a channel failing after repeated transient failures", async () => {
    const channel = await addChannel("/down", "high");
    slack.script(
      "/down",
      [...Array(10)].map(() => ({ status: 502 })),
    );
    const scanId = await syntheticScan(["critical"]);
    await enqueueScanNotification(h.queues, { organizationId: h.organizationId, scanId });
    const delivery = await settled(channel.id, scanId);
    expect(delivery).toMatchObject({ status: "failed", attempts: 6, responseCode: 502 });
    const row = await h.db.notificationChannel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(row.status).toBe("failing");
    expect(row.lastError).toContain("6 consecutive failures");
  }, 30_000);

  it("announces a remediation request waiting for approval", async () => {
    await addChannel("/remediation", "critical");
    const requester = await h.db.user.findUniqueOrThrow({ where: { email: "analyst@demo.trustwatch.dev" } });
    const request = await h.db.remediationRequest.create({
      data: {
        organizationId: h.organizationId,
        kind: "trust.tighten-sub",
        targetArn: "arn:aws:iam::111111111111:role/payments",
        accountId: "111111111111",
        plan: {},
        beforeDocument: "{}",
        afterDocument: "{}",
        requestedById: requester.id,
      },
    });
    await h.queues.notify.add("notify.remediation", {
      organizationId: h.organizationId,
      requestId: request.id,
    });
    const [message] = await waitFor(() =>
      slack.messagesFor("/remediation").length ? slack.messagesFor("/remediation") : null,
    );
    const json = JSON.stringify(message?.body);
    expect(json).toContain("A remediation request waits for approval");
    expect(json).toContain("trust.tighten-sub");
    expect(json).toContain("arn:aws:iam::111111111111:role/payments");
    expect(json).toContain("Sam Analyst");
    expect(json).toContain(`http://localhost:3000/remediation/${request.id}`);
  });
});
