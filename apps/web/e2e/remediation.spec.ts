import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_LOGIN } from "@trustwatch/db";

const ANALYST = "analyst@demo.trustwatch.dev";
const APPROVER = "approver@demo.trustwatch.dev";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_LOGIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
  return page;
}

test("an analyst requests the wildcard-sub fix, an approver approves it, the worker resolves the finding", async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const analyst = await signedIn(browser, ANALYST);

  // The demo's wildcard-sub finding, from the findings list.
  await analyst.goto("/findings?rule=trust.wildcard-sub&q=irsa-any-service-account");
  await analyst
    .getByRole("link", { name: /irsa-any-service-account/ })
    .first()
    .click();
  await expect(analyst).toHaveURL(/\/findings\/[^/?]+$/);
  const findingId = new URL(analyst.url()).pathname.split("/").pop() ?? "";

  await analyst.goto(`/remediation/new?finding=${findingId}`);
  await expect(analyst.getByRole("heading", { level: 1, name: "Request fix" })).toBeVisible();
  await analyst.getByRole("checkbox", { name: /payments\/api/ }).check();
  await expect(analyst.getByTestId("plan-summary")).toContainText("system:serviceaccount:payments:api");
  await expect(analyst.getByTestId("proof-never-widens")).toHaveAttribute("data-ok", "true");
  await expect(analyst.getByTestId("proof-resolves")).toHaveAttribute("data-ok", "true");
  await expect(analyst.getByTestId("remediation-diff").locator('[data-diff="add"]').first()).toBeVisible();
  await analyst.getByRole("button", { name: "Request", exact: true }).click();

  await expect(analyst).toHaveURL(/\/remediation\/(?!new)[^/?]+$/);
  const requestUrl = analyst.url();
  await expect(analyst.getByTestId("remediation-status")).toHaveText("pending");
  // Four eyes: the requester sees no way to approve their own request.
  await expect(analyst.getByTestId("awaiting-approval")).toContainText("four eyes");
  await expect(analyst.getByRole("button", { name: "Approve" })).toHaveCount(0);

  const approver = await signedIn(browser, APPROVER);
  await approver.goto("/remediation");
  await expect(approver.getByRole("table", { name: "Remediation requests" })).toContainText(
    "irsa-any-service-account",
  );
  await testInfo.attach("remediation-queue", {
    body: await approver.screenshot({ fullPage: true }),
    contentType: "image/png",
  });

  await approver.goto(requestUrl);
  await approver.getByLabel("Comment (required to reject)").fill("Only payments/api uses this role.");
  await approver.getByRole("button", { name: "Approve" }).click();
  // The page follows the worker: approved → running → succeeded, then the finding is resolved.
  await expect(approver.getByTestId("remediation-status")).toHaveText("succeeded", { timeout: 45_000 });
  await expect(approver.getByTestId("finding-status")).toHaveText("resolved");
  await expect(approver.getByTestId("approved-by")).toContainText("Pat Approver");
  await expect(approver.getByTestId("requested-by")).toContainText("Sam Analyst");
  await testInfo.attach("remediation-detail", {
    body: await approver.screenshot({ fullPage: true }),
    contentType: "image/png",
  });

  await analyst.goto(`/findings/${findingId}`);
  await expect(analyst.getByText("resolved").first()).toBeVisible();
  await analyst.goto(requestUrl);
  await expect(analyst.getByRole("button", { name: "Roll back" })).toBeVisible();
});
