import { expect, test } from "@playwright/test";
import { DEMO_LOGIN } from "@trustwatch/db";

const NAV_LABELS = [
  "Overview",
  "Findings",
  "Remediation",
  "Accounts",
  "Clusters",
  "Providers",
  "Roles",
  "Scans",
  "Settings",
];

test("signs in with the demo login, shows the shell, and signs out", async ({ page }, testInfo) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_LOGIN.email);
  await page.getByLabel("Password").fill(DEMO_LOGIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of NAV_LABELS) {
    await expect(nav.getByRole("link", { name: label, exact: true })).toBeVisible();
  }
  await expect(page.getByTestId("active-organization")).toHaveText("Demo Corp");
  await expect(page.getByTestId("signed-in-email")).toHaveText(DEMO_LOGIN.email);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();

  await testInfo.attach("signed-in-shell", {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
  await page.screenshot({ path: testInfo.outputPath("signed-in-shell.png"), fullPage: true });

  await nav.getByRole("link", { name: "Scans", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scans" })).toBeVisible();
  // The e2e server ran one scan before the journeys: its history is listed.
  await expect(page.getByText(/succeeded|partial/i).first()).toBeVisible();

  await page.getByRole("button", { name: "Organization: Demo Corp" }).click();
  await expect(page.getByRole("menu", { name: "Organizations" })).toContainText("Demo Corp");
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a wrong password shows an error and stays on the sign-in page", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_LOGIN.email);
  await page.getByLabel("Password").fill("not-the-right-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Invalid email or password.");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a signed-out visit to /findings redirects to /sign-in, with security headers", async ({ page }) => {
  const response = await page.goto("/findings");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("sign-in attempts are rate-limited per client", async ({ request, baseURL }) => {
  // A client address of its own, so this test's attempts do not count against the others.
  const headers = { "x-forwarded-for": "203.0.113.77", origin: baseURL ?? "" };
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const response = await request.post("/api/auth/sign-in/email", {
      headers,
      data: { email: DEMO_LOGIN.email, password: "wrong-password-attempt" },
    });
    statuses.push(response.status());
  }
  expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
  expect(statuses[5]).toBe(429);
});

test("public sign-up is disabled", async ({ request, baseURL }) => {
  const response = await request.post("/api/auth/sign-up/email", {
    headers: { origin: baseURL ?? "", "x-forwarded-for": "203.0.113.78" },
    data: { email: "mallory@example.com", password: "a-long-enough-password", name: "Mallory" },
  });
  expect(response.ok()).toBe(false);
});
