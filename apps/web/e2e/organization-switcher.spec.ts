import { expect, test } from "@playwright/test";
import { DEMO_LOGIN } from "@trustwatch/db";
import { E2E_TWO_TENANT_EMAIL } from "./paths";

test("a member of two organizations switches between them", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(E2E_TWO_TENANT_EMAIL);
  await page.getByLabel("Password").fill(DEMO_LOGIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  // A new session starts in the user's oldest membership.
  await expect(page.getByTestId("active-organization")).toHaveText("Demo Corp");
  await page.goto("/settings");
  await expect(page.getByRole("definition").filter({ hasText: "viewer" })).toBeVisible();

  await page.getByRole("button", { name: "Organization: Demo Corp" }).click();
  await page.getByRole("menuitemradio", { name: /Other Corp/ }).click();

  await expect(page.getByTestId("active-organization")).toHaveText("Other Corp");
  await expect(page.getByRole("definition").filter({ hasText: "Other Corp" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "analyst" })).toBeVisible();

  // The choice is stored on the session, so it survives a reload.
  await page.reload();
  await expect(page.getByTestId("active-organization")).toHaveText("Other Corp");
});
