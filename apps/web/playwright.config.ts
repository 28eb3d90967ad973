import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL } from "./e2e/paths";

// Browser journeys against the production build (`npm run e2e` builds first). Chromium comes
// from Debian (`apt-get install chromium`); run with PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1.
export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  // One server and one database: run journeys one after another.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [
    ["list"],
    ["html", { open: "never", outputFolder: "playwright-report" }],
    // The repository's test command sums every runner's JSON into one closing line.
    ...(process.env.TRUSTWATCH_TEST_REPORT_DIR
      ? [["json", { outputFile: `${process.env.TRUSTWATCH_TEST_REPORT_DIR}/playwright.json` }] as const]
      : []),
  ],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /remediation\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
    // Remediation changes the demo's AWS (it fixes the wildcard-sub role other journeys read),
    // so it runs after every other journey.
    {
      name: "chromium-remediation",
      testMatch: /remediation\.spec\.ts/,
      dependencies: ["chromium"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: "tsx e2e/start-server.ts",
    url: `${E2E_BASE_URL}/sign-in`,
    timeout: 180_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
  globalTeardown: "./e2e/global-teardown.ts",
});
