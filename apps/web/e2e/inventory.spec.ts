import { expect, type Page, test } from "@playwright/test";
import { DEMO_LOGIN } from "@trustwatch/db";
import { E2E_ONBOARDING_ACCOUNT } from "./paths";

// Sign-in is rate-limited per client address: this journey signs in as a client of its own,
// so it neither spends nor depends on the budget of the other journeys.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.23" } });

async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_LOGIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
}

async function trpc(page: Page, path: string, input: unknown) {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  return { status: response.status(), body: await response.text() };
}

/**
 * The orphaned provider lives in the staging account, which the onboarding journey adds. When
 * this spec runs alone, add it through the API and scan, so the journey does not depend on order.
 */
async function ensureStagingScanned(page: Page) {
  const created = await trpc(page, "accounts.create", {
    accountId: E2E_ONBOARDING_ACCOUNT,
    name: "staging",
    auditRoleArn: `arn:aws:iam::${E2E_ONBOARDING_ACCOUNT}:role/TrustwatchAudit`,
    regions: ["us-east-1", "eu-west-1"],
  });
  if (created.status !== 200) return; // already registered (CONFLICT): its scan ran or runs
  await expect
    .poll(async () => (await trpc(page, "scans.start", undefined)).status, {
      timeout: 120_000,
      intervals: [2_000],
    })
    .toBe(200);
}

test("a cluster shows its issuer and signing-key timeline", async ({ page }, testInfo) => {
  await signIn(page, DEMO_LOGIN.email);
  await page.goto("/clusters");
  await expect(page.getByRole("heading", { level: 1, name: "Clusters" })).toBeVisible();
  await page.getByRole("link", { name: "prod-use1", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "prod-use1" })).toBeVisible();
  const timeline = page.getByTestId("key-timeline");
  await expect(timeline).toBeVisible();
  await expect(timeline).toContainText(/\d+ keys? seen · \d+ rotations? observed/);
  await expect(timeline.getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Roles trusting this issuer" })).toBeVisible();
  const body = await page.screenshot({ path: testInfo.outputPath("cluster.png"), fullPage: true });
  await testInfo.attach("cluster", { body, contentType: "image/png" });
});

test("the orphaned provider is highlighted with the roles that still trust it", async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await signIn(page, DEMO_LOGIN.email);
  await ensureStagingScanned(page);
  await expect(async () => {
    await page.goto("/providers");
    await expect(page.getByTestId("orphaned-provider").first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 200_000, intervals: [3_000] });
  await expect(page.getByRole("status").filter({ hasText: "orphaned provider" })).toBeVisible();
  const body = await page.screenshot({ path: testInfo.outputPath("providers.png"), fullPage: true });
  await testInfo.attach("providers", { body, contentType: "image/png" });

  const orphan = page.getByTestId("orphaned-provider").first();
  await expect(orphan).toContainText("orphaned");
  await orphan.getByRole("link").click();
  await expect(page.getByTestId("orphaned-banner")).toContainText("Orphaned provider");
  await expect(page.getByTestId("provider-trusting-roles").getByRole("row").nth(1)).toBeVisible();
});
