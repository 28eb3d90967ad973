import { expect, test } from "@playwright/test";
import { DEMO_LOGIN } from "@trustwatch/db";

test("the overview shows posture, links counts to findings and risky roles to role pages", async ({
  page,
}, testInfo) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.71" });
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_LOGIN.email);
  await page.getByLabel("Password").fill(DEMO_LOGIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();

  await expect(page.getByTestId("posture-score")).toContainText("/ 100");
  await expect(page.getByTestId("open-critical")).not.toHaveText(/^Critical\s*0$/);
  await expect(page.getByRole("img", { name: /Open findings over the last \d+ scans/ })).toBeVisible();
  await expect(page.getByTestId("riskiest-roles").getByRole("link").first()).toBeVisible();

  const path = testInfo.outputPath("overview.png");
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach("overview", { path, contentType: "image/png" });

  await page.getByTestId("open-critical").click();
  await expect(page).toHaveURL(/\/findings\?severity=critical&status=open$/);
  await expect(page.getByTestId("finding-row").first()).toHaveAttribute("data-severity", "critical");

  await page.goBack();
  const firstRole = page.getByTestId("top-risky-roles").getByRole("link").first();
  const name = (await firstRole.textContent())?.trim() ?? "";
  await firstRole.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});
