import { existsSync, readFileSync, rmSync } from "node:fs";
import { dropDatabase } from "@trustwatch/db";
import { E2E_DATABASE_FILE } from "./paths";

/** Drop the throwaway database even if the server script was killed before it could. */
export default async function globalTeardown(): Promise<void> {
  if (!existsSync(E2E_DATABASE_FILE)) return;
  await dropDatabase(readFileSync(E2E_DATABASE_FILE, "utf8").trim());
  rmSync(E2E_DATABASE_FILE, { force: true });
}
