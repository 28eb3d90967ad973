import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_LOGIN } from "@trustwatch/db";

/**
 * Sign in within a context of its own client address: sign-in is rate-limited per address
 * (5 a minute), and this file signs in several times next to the other journeys.
 */
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

test("an admin invites a member and sees the accept link once; the invitee accepts it", async ({
  browser,
}) => {
  const admin = await signIn(browser, DEMO_LOGIN.email, "203.0.113.101");
  await admin.goto("/settings");
  await expect(admin.getByRole("tab", { name: "Members" })).toHaveAttribute("aria-selected", "true");
  await expect(admin.getByTestId("member-row")).toHaveCount(4);

  const invite = admin.getByRole("form", { name: "Invite a member" });
  await invite.getByLabel("Email").fill("admin@other.trustwatch.dev");
  await invite.getByLabel("Role").selectOption("analyst");
  await invite.getByRole("button", { name: "Invite" }).click();

  const link = admin.getByRole("textbox", { name: "Invitation link" });
  await expect(link).toHaveValue(/\/invitations\/[A-Za-z0-9_-]{43}$/);
  const acceptUrl = await link.inputValue();
  await expect(
    admin.getByTestId("invitation-row").filter({ hasText: "admin@other.trustwatch.dev" }),
  ).toContainText("pending");

  // Shown once: after a reload only the invitation's status remains.
  await admin.reload();
  await expect(admin.getByTestId("invitation-row").first()).toBeVisible();
  await expect(admin.getByRole("textbox", { name: "Invitation link" })).toHaveCount(0);
  expect(await admin.content()).not.toContain(new URL(acceptUrl).pathname);

  // The invitee opens the link signed out, signs in on the page, and accepts.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.102" } });
  const invitee = await context.newPage();
  await invitee.goto(new URL(acceptUrl).pathname);
  await invitee.getByLabel("Email").fill("admin@other.trustwatch.dev");
  await invitee.getByLabel("Password").fill(DEMO_LOGIN.password);
  await invitee.getByRole("button", { name: "Sign in" }).click();
  await invitee.getByRole("button", { name: "Accept invitation" }).click();
  await expect(invitee.getByTestId("active-organization")).toHaveText("Demo Corp");

  // A used link gives a clear error.
  await invitee.goto(new URL(acceptUrl).pathname);
  await invitee.getByRole("button", { name: "Accept invitation" }).click();
  await expect(invitee.locator("main [role=alert]")).toHaveText("This invitation has already been used");
  await context.close();
});

test("an admin creates an API token, sees it once, exports findings with it, and the audit log shows it", async ({
  browser,
  request,
}, testInfo) => {
  const admin = await signIn(browser, DEMO_LOGIN.email, "203.0.113.103");
  await admin.goto("/settings?tab=api-tokens");
  const form = admin.getByRole("form", { name: "Create an API token" });
  await form.getByLabel("Name").fill("e2e export");
  await form.getByLabel("Scope").selectOption("read");
  await form.getByRole("button", { name: "Create token" }).click();

  const secretField = admin.getByRole("textbox", { name: "New API token" });
  await expect(secretField).toHaveValue(/^tw_[0-9a-f]{8}_[0-9a-f]{48}$/);
  const token = await secretField.inputValue();
  const row = admin.getByTestId("api-token-row").filter({ hasText: "e2e export" });
  await expect(row).toContainText(token.slice(0, 11));
  await expect(row).toContainText("active");

  await testInfo.attach("settings-api-tokens", {
    body: await admin.screenshot({ fullPage: true }),
    contentType: "image/png",
  });

  await admin.reload();
  await expect(admin.getByTestId("api-token-row").filter({ hasText: "e2e export" })).toBeVisible();
  expect(await admin.content()).not.toContain(token);

  const csv = await request.get("/api/v1/findings?format=csv", {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toBe(
    "id,severity,status,rule,title,resource_type,resource_arn,account_id,first_seen_at,last_seen_at,resolved_at",
  );
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).some((line) => line.includes(",trust."))).toBe(true);

  // A read token cannot start scans; no token is 401.
  const start = await request.post("/api/v1/scans", { headers: { authorization: `Bearer ${token}` } });
  expect(start.status()).toBe(403);
  expect(await start.json()).toMatchObject({ error: { code: "forbidden" } });
  expect((await request.get("/api/v1/findings")).status()).toBe(401);

  await admin.getByRole("tab", { name: "Audit log" }).click();
  const entry = admin.getByTestId("audit-row").filter({ hasText: "api-token.create" }).first();
  await expect(entry).toContainText("Ada Admin");
  await entry.getByText("Before / after").click();
  await expect(entry).toContainText('"name": "e2e export"');
  await expect(entry).not.toContainText(token);

  await admin.getByRole("tab", { name: "Members" }).click();
  await expect(admin.getByTestId("member-row").first()).toBeVisible();
  await testInfo.attach("settings", {
    body: await admin.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
  await admin.screenshot({ path: testInfo.outputPath("settings.png"), fullPage: true });
});

test("a viewer sees the members read-only and no token or audit controls", async ({ browser }, testInfo) => {
  const viewer = await signIn(browser, "viewer@demo.trustwatch.dev", "203.0.113.104");
  await viewer.goto("/settings");
  await expect(viewer.getByTestId("active-organization")).toHaveText("Demo Corp");
  await expect(viewer.getByTestId("member-row").first()).toBeVisible();
  await expect(
    viewer.getByTestId("member-row").filter({ hasText: "viewer@demo.trustwatch.dev" }),
  ).toContainText("(you)");
  await expect(viewer.getByRole("tab")).toHaveText(["Members"]);
  await expect(viewer.getByRole("combobox")).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /Remove/ })).toHaveCount(0);
  await expect(viewer.getByRole("form", { name: "Invite a member" })).toHaveCount(0);
  await expect(viewer.getByRole("form", { name: "Create an API token" })).toHaveCount(0);

  // Asking for the tokens tab directly still shows only what a viewer may see.
  await viewer.goto("/settings?tab=api-tokens");
  await expect(viewer.getByRole("tab", { name: "Members" })).toHaveAttribute("aria-selected", "true");
  await expect(viewer.getByRole("heading", { name: "API tokens" })).toHaveCount(0);
  await testInfo.attach("settings-viewer", {
    body: await viewer.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
});
