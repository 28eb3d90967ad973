import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_LOGIN } from "@trustwatch/db";

/** Sign in from an address of its own: sign-in is rate-limited per client address. */
async function signIn(browser: Browser, email: string, address: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_LOGIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-email")).toHaveText(email);
  return page;
}

/** Stands in for Slack: the worker posts here (the e2e server allows any webhook URL). */
async function startReceiver() {
  const messages: { path: string; body: { text?: string; blocks?: unknown[] } }[] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => {
      raw += c;
    });
    req.on("end", () => {
      messages.push({ path: req.url ?? "/", body: JSON.parse(raw) });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/services/T0E2E/B0E2E/e2eSecretXYZ`,
    messages,
    close: () => server.close(),
  };
}

test("an admin schedules scans and sees the next runs", async ({ browser }, testInfo) => {
  const admin = await signIn(browser, DEMO_LOGIN.email, "203.0.113.131");
  await admin.goto("/settings/schedules");
  await expect(admin.getByRole("heading", { level: 1, name: "Scan schedules" })).toBeVisible();

  const form = admin.getByRole("form", { name: "Create schedule" });
  await form.getByLabel("Name", { exact: true }).fill("Weekday mornings");
  await form.getByLabel("Cron expression").fill("0 6 * * 1-5");
  await form.getByLabel("Time zone").selectOption("Europe/Paris");
  const preview = form.getByTestId("next-runs").getByRole("listitem");
  await expect(preview).toHaveCount(3);
  await expect(preview.first()).toContainText("06:00 (Europe/Paris)");
  await form.getByLabel("Cron expression").fill("61 * * * *");
  await expect(form.getByText(/Invalid cron expression/)).toBeVisible();
  await form.getByLabel("Cron expression").fill("0 6 * * 1-5");
  await expect(preview).toHaveCount(3);
  await form.getByRole("button", { name: "Create schedule" }).click();

  const row = admin.getByTestId("schedule-Weekday mornings");
  await expect(row).toContainText("0 6 * * 1-5");
  await expect(row.getByRole("listitem")).toHaveCount(3);
  await expect(row.getByRole("listitem").first()).toContainText("06:00 (Europe/Paris)");
  await expect(row).toContainText("enabled");

  const schedulesShot = await admin.screenshot({
    path: testInfo.outputPath("settings-schedules.png"),
    fullPage: true,
  });
  await testInfo.attach("settings-schedules", { body: schedulesShot, contentType: "image/png" });

  // leave no clock-driven scans behind for the other journeys
  admin.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Delete" }).click();
  await expect(row).toHaveCount(0);
});

test("an admin adds a Slack channel, sends a test message, and sees it delivered", async ({
  browser,
}, testInfo) => {
  const receiver = await startReceiver();
  try {
    const admin = await signIn(browser, DEMO_LOGIN.email, "203.0.113.132");
    await admin.goto("/settings/alerts");
    await expect(admin.getByRole("heading", { level: 1, name: "Slack alerts" })).toBeVisible();

    const form = admin.getByRole("form", { name: "Add a Slack channel" });
    await form.getByLabel("Name", { exact: true }).fill("#security-alerts");
    await form.getByLabel("Incoming webhook URL").fill(receiver.url);
    await form.getByLabel("Alert at or above").selectOption("medium");
    await form.getByRole("button", { name: "Add channel" }).click();

    const channel = admin.getByTestId("channel-#security-alerts");
    await expect(channel).toBeVisible();
    // only the hint comes back, never the URL
    await expect(channel).toContainText("/services/T…/…XYZ");
    await expect(admin.getByText("e2eSecret")).toHaveCount(0);
    await expect(channel.getByTestId("channel-status")).toHaveText("ok");

    await channel.getByRole("button", { name: "Send test" }).click();
    await expect.poll(() => receiver.messages.length, { timeout: 15_000 }).toBe(1);
    expect(receiver.messages[0]?.body.text).toContain("Trustwatch test message for Demo Corp");
    expect(receiver.messages[0]?.body.blocks?.length).toBeGreaterThan(0);

    const history = admin.getByRole("table", { name: "Delivery history" });
    await expect(history.getByRole("row").nth(1)).toContainText("Test", { timeout: 10_000 });
    await expect(history.getByRole("row").nth(1)).toContainText("delivered");

    const alertsShot = await admin.screenshot({
      path: testInfo.outputPath("settings-alerts.png"),
      fullPage: true,
    });
    await testInfo.attach("settings-alerts", { body: alertsShot, contentType: "image/png" });

    // later journeys run scans: do not leave a channel pointing at a receiver that is gone
    admin.once("dialog", (dialog) => void dialog.accept());
    await channel.getByRole("button", { name: "Remove" }).click();
    await expect(channel).toHaveCount(0);
  } finally {
    receiver.close();
  }
});

test("a non-admin sees no alert or schedule controls", async ({ browser }) => {
  const analyst = await signIn(browser, "analyst@demo.trustwatch.dev", "203.0.113.133");
  await analyst.goto("/settings/alerts");
  await expect(analyst.getByText("Only admins manage Slack alerts.")).toBeVisible();
  await expect(analyst.getByRole("form", { name: "Add a Slack channel" })).toHaveCount(0);
  await analyst.goto("/settings/schedules");
  await expect(analyst.getByText("Only admins manage scan schedules.")).toBeVisible();
});
