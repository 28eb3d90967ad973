import path from "node:path";
import { fileURLToPath } from "node:url";

export const E2E_PORT = 3100;
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
/** Where the server script records the throwaway database, so teardown can drop it. */
export const E2E_STATE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.e2e");
export const E2E_DATABASE_FILE = path.join(E2E_STATE_DIR, "database-url");
/** A demo user the server script also makes an analyst of "Other Corp". */
export const E2E_TWO_TENANT_EMAIL = "viewer@demo.trustwatch.dev";
/** The demo sandbox account not seeded, so the onboarding journey can add it. */
export const E2E_ONBOARDING_ACCOUNT = "222222222222";
