import { expect, type Page, test } from "@playwright/test";
import { DEMO_LOGIN } from "@trustwatch/db";

async function signIn(page: Page, email: string, client: string) {
  // Its own client address: sign-in is rate-limited per client.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": client });
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_LOGIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-email")).toHaveText(email);
}

test("opens a role's trust policy: risky condition highlighted, who can assume it in plain words", async ({
  page,
}, testInfo) => {
  await signIn(page, "viewer@demo.trustwatch.dev", "198.51.100.61");
  await page.goto("/roles");
  await page.getByLabel("Search roles").fill("irsa-any-service");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=irsa-any-service/);
  const row = page.getByTestId("role-row").filter({ hasText: "irsa-any-service-account" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("admin-like");
  await row.getByRole("link", { name: "irsa-any-service-account" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "irsa-any-service-account" })).toBeVisible();
  const highlighted = page.getByTestId("trust-policy").locator('[data-highlighted="true"]');
  await expect(highlighted.first()).toBeVisible();
  await expect(highlighted.filter({ hasText: ":sub" })).toContainText("system:serviceaccount:*:*");
  await expect(page.getByTestId("who-can-assume")).toContainText(/any service account in cluster \S+/);
  await expect(page.getByTestId("who-can-assume")).toContainText("open to all");
  await expect(page.getByTestId("role-policies")).toContainText("AdministratorAccess");
  await expect(page.getByTestId("role-findings")).toContainText("trust.wildcard-sub");

  const path = testInfo.outputPath("role.png");
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach("role", { path, contentType: "image/png" });
});

test("an exact trust reads as the service account it admits", async ({ page }) => {
  await signIn(page, "viewer@demo.trustwatch.dev", "198.51.100.62");
  await page.goto("/roles?q=payments-api");
  await page.getByTestId("role-row").getByRole("link", { name: "payments-api" }).click();
  await expect(page.getByTestId("who-can-assume")).toContainText("service account payments/api");
  await expect(page.getByTestId("who-can-assume")).toContainText("system:serviceaccount:payments:api");
  await expect(page.getByTestId("trust-policy").locator('[data-highlighted="true"]')).toHaveCount(0);
});
