import { expect, type Page, type TestInfo, test } from "@playwright/test";
import { DEMO_LOGIN } from "@trustwatch/db";

// Each sign-in comes from its own client address: sign-in is rate-limited per client.
let clientCounter = 0;
async function signIn(page: Page, email: string) {
  clientCounter += 1;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${10 + clientCounter}` });
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_LOGIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-email")).toHaveText(email);
}

async function snap(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

test("opens a critical finding and reads its evidence", async ({ page }, testInfo) => {
  await signIn(page, DEMO_LOGIN.email);
  await page.goto("/findings?severity=critical");
  const row = page.getByTestId("finding-row").filter({ hasText: "irsa-no-condition" }).first();
  await expect(row).toBeVisible();
  await row.getByRole("link").click();

  await expect(page).toHaveURL(/\/findings\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("irsa-no-condition");
  await expect(page.locator('[data-severity="critical"]').first()).toBeVisible();
  await expect(page.getByText("trust.no-condition").first()).toBeVisible();
  await expect(page.getByText("How to fix:")).toBeVisible();
  const evidence = page.getByTestId("evidence");
  await expect(evidence.getByText("Trusted provider")).toBeVisible();
  await expect(evidence.getByText("Issuer", { exact: true })).toBeVisible();
  await expect(evidence).toContainText("Statement[0]");
  await expect(page.getByRole("link", { name: /:role\/irsa-no-condition$/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Request fix" })).toHaveAttribute(
    "href",
    /\/remediation\/new\?finding=/,
  );
  await snap(page, testInfo, "finding-detail");
});

test("filters findings by severity, in the URL, and groups them by rule", async ({ page }, testInfo) => {
  await signIn(page, DEMO_LOGIN.email);
  await page.goto("/findings");
  await expect(page.getByTestId("finding-row").first()).toBeVisible();
  await page.getByRole("button", { name: "High", exact: true }).click();
  await expect(page).toHaveURL(/[?&]severity=high(&|$)/);
  await expect(page.getByRole("button", { name: "High", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const rows = page.getByTestId("finding-row");
  await expect(rows.first()).toBeVisible();
  const severities = await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-severity")));
  expect(severities.length).toBeGreaterThan(0);
  expect(new Set(severities)).toEqual(new Set(["high"]));

  await page.getByLabel("Group by").selectOption("rule");
  await expect(page).toHaveURL(/group=rule/);
  await expect(page.getByTestId("group-counts")).toContainText("trust.");
  await page.getByLabel("Group by").selectOption("");
  await expect(page.getByTestId("group-counts")).toHaveCount(0);

  // The URL alone restores the filter (shareable link).
  await page.goto("/findings?severity=critical&status=all");
  await expect(page.getByRole("button", { name: "Critical", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByLabel("Status")).toHaveValue("all");
  await page.goto("/findings");
  await expect(page.getByTestId("finding-row").first()).toBeVisible();
  await snap(page, testInfo, "findings");
});

test("an analyst adds an exception, sees the finding suppressed, and revokes it", async ({ page }) => {
  await signIn(page, "analyst@demo.trustwatch.dev");
  await page.goto("/findings?rule=trust.no-aud");
  await page.getByTestId("finding-row").filter({ hasText: "irsa-no-aud" }).first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("irsa-no-aud");
  await expect(page.locator('[data-status="open"]')).toBeVisible();

  const form = page.getByRole("form", { name: "Add exception" });
  await form.getByLabel("Owner").fill("search-team");
  await form.getByLabel("Reason").fill("Indexer migrates to an exact audience in SRCH-42");
  await form.getByRole("button", { name: "Add exception" }).click();

  await expect(page.locator('[data-status="suppressed"]')).toBeVisible();
  const exception = page.getByTestId("finding-exception");
  await expect(exception).toContainText("search-team");
  await expect(exception).toContainText("SRCH-42");

  await exception.getByRole("button", { name: "Revoke exception" }).click();
  await expect(page.locator('[data-status="open"]')).toBeVisible();
  await expect(page.getByRole("form", { name: "Add exception" })).toBeVisible();
});

test("a viewer sees no exception form and no request-fix button", async ({ page }) => {
  await signIn(page, "viewer@demo.trustwatch.dev");
  await page.goto("/findings?severity=critical");
  await page.getByTestId("finding-row").first().getByRole("link").click();
  await expect(page.getByTestId("evidence")).toBeVisible();
  await expect(page.getByRole("form", { name: "Add exception" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add exception" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Request fix" })).toHaveCount(0);
});
