// Shared Vitest defaults for every workspace (each package's vitest.config.ts re-exports this).
// Unit tests are `*.test.ts`; integration tests that need the real PostgreSQL/Redis are
// `*.integration.test.ts` and run in the same pass against throwaway databases.
import path from "node:path";
import { defineConfig } from "vitest/config";

const reportDir = process.env.TRUSTWATCH_TEST_REPORT_DIR;
const packageName = path.basename(process.cwd());

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "e2e/**"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The test command aggregates these JSON reports into one closing "N passed, N failed" line.
    reporters: reportDir
      ? ["default", ["json", { outputFile: path.join(reportDir, `vitest-${packageName}.json`) }]]
      : ["default"],
  },
});
