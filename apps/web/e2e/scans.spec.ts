import { expect, type Page, test } from "@playwright/test";
import { DEMO_LOGIN } from "@trustwatch/db";

// Sign-in is rate-limited per client address: this journey signs in as a client of its own,
// so it neither spends nor depends on the budget of the other journeys.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.22" } });

async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_LOGIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
}

test("an admin runs a scan and watches it finish", async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await signIn(page, DEMO_LOGIN.email);
  await page.goto("/scans");
  await expect(page.getByRole("heading", { level: 1, name: "Scans" })).toBeVisible();
  // The first scan (start-up) and maybe another journey's are in the history.
  await expect(page.getByTestId("scan-history-row").first()).toBeVisible();

  // One scan per organization: wait for one another journey started to end.
  const start = page.getByRole("button", { name: "Start scan" });
  await expect(start).toBeEnabled({ timeout: 120_000 });
  await start.click();

  const panel = page.getByTestId("scan-progress");
  await expect(panel.getByRole("heading", { name: "Scan in progress" })).toBeVisible();
  await expect(panel.getByRole("progressbar", { name: "Overall scan progress" })).toBeVisible();
  await expect(panel.getByRole("table", { name: "Progress per account" })).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByTestId("scan-account-111111111111")).toBeVisible();

  await expect(panel.getByTestId("scan-status")).toHaveText(/succeeded|partial/, { timeout: 120_000 });
  await expect(panel.getByRole("heading", { name: "Last scan" })).toBeVisible();
  await expect(panel.getByRole("progressbar", { name: "Overall scan progress" })).toHaveAttribute(
    "aria-valuenow",
    "100",
  );
  await expect(page.getByTestId("scan-history-row").first()).toContainText(/succeeded|partial/);
  await expect(page.getByTestId("scan-history-row").first()).toContainText(DEMO_LOGIN.email);

  const body = await page.screenshot({ path: testInfo.outputPath("scans.png"), fullPage: true });
  await testInfo.attach("scans", { body, contentType: "image/png" });
});

test("a viewer sees scan history but no start or cancel button", async ({ page }) => {
  await signIn(page, "viewer@demo.trustwatch.dev");
  await page.goto("/scans");
  await expect(page.getByRole("heading", { level: 1, name: "Scans" })).toBeVisible();
  await expect(page.getByTestId("scan-history-row").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Start scan" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Cancel scan" })).toHaveCount(0);
});
