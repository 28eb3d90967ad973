import { expect, type Page, test } from "@playwright/test";
import { DEMO_LOGIN } from "@trustwatch/db";
import { demoScenario } from "@trustwatch/sandbox";
import { E2E_ONBOARDING_ACCOUNT } from "./paths";

// Sign-in is rate-limited per client address: this journey signs in as a client of its own,
// so it neither spends nor depends on the budget of the other journeys.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.21" } });

async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_LOGIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
}

async function snap(page: Page, testInfo: import("@playwright/test").TestInfo, name: string) {
  const body = await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  await testInfo.attach(name, { body, contentType: "image/png" });
}

test("an admin onboards the staging account through the wizard and starts its first scan", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO_LOGIN.email);
  await page.goto("/accounts");
  await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
  await expect(page.getByTestId("account-row-111111111111")).toBeVisible();
  await expect(page.getByTestId(`account-row-${E2E_ONBOARDING_ACCOUNT}`)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Discover from Organizations" })).toBeVisible();
  await snap(page, testInfo, "accounts");

  // Step 1: the role template carries this tenant's ExternalId in its trust condition.
  await page.getByRole("link", { name: "Add account" }).click();
  await expect(page).toHaveURL(/\/accounts\/new$/);
  await expect(page.getByTestId("external-id")).toHaveText(demoScenario.externalId);
  await expect(page.getByTestId("role-template")).toContainText(
    `sts:ExternalId: "${demoScenario.externalId}"`,
  );
  await expect(page.getByTestId("role-template")).toContainText('AWS: "arn:aws:iam::999999999999:root"');
  await page.getByRole("tab", { name: "Terraform" }).click();
  await expect(page.getByTestId("role-template")).toContainText(`values   = ["${demoScenario.externalId}"]`);
  await snap(page, testInfo, "onboarding-wizard");
  await page.getByRole("button", { name: /I deployed the role/ }).click();

  // Step 2: account details; the audit role ARN follows the account id.
  await page.getByLabel("AWS account ID").fill(E2E_ONBOARDING_ACCOUNT);
  await page.getByLabel("Name", { exact: true }).fill("staging");
  await page.getByLabel("Regions").fill("us-east-1, eu-west-1");
  await expect(page.getByLabel("Audit role ARN")).toHaveValue(
    `arn:aws:iam::${E2E_ONBOARDING_ACCOUNT}:role/TrustwatchAudit`,
  );
  await page.getByRole("button", { name: "Add account" }).click();

  // Step 3: a real worker assumes the role in the sandbox.
  await page.getByRole("button", { name: "Test connection" }).click();
  const result = page.getByTestId("connection-result");
  await expect(result).toContainText("Connection works", { timeout: 25_000 });
  await expect(result).toContainText(`arn:aws:sts::${E2E_ONBOARDING_ACCOUNT}:assumed-role/TrustwatchAudit`);
  await snap(page, testInfo, "onboarding-connection");
  await page.getByRole("button", { name: "Next" }).click();

  // Step 4: the first scan (another journey's scan may still run: then watch that one).
  await page.getByRole("button", { name: "Start first scan" }).click();
  const conflict = page.getByRole("link", { name: "Watch it on Scans" });
  await expect(page.getByRole("heading", { level: 1, name: "Scans" }).or(conflict)).toBeVisible();
  if (await conflict.isVisible()) await conflict.click();
  await expect(page).toHaveURL(/\/scans$/);
  await expect(page.getByTestId("scan-progress")).toBeVisible();

  await page.goto("/accounts");
  await expect(page.getByTestId(`account-row-${E2E_ONBOARDING_ACCOUNT}`)).toContainText("staging");
});

test("a viewer sees accounts but no add or discover controls", async ({ page }) => {
  await signIn(page, "viewer@demo.trustwatch.dev");
  await page.goto("/accounts");
  await expect(page.getByTestId("account-row-111111111111")).toBeVisible();
  await expect(page.getByRole("link", { name: "Add account" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Discover from Organizations" })).toHaveCount(0);
  await page.goto("/accounts/new");
  await expect(page.getByText("Only administrators add AWS accounts")).toBeVisible();
});
