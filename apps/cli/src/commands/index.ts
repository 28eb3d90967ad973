import type { Command } from "commander";
import { registerAccount } from "./account";
import { registerAnalyzeTrust } from "./analyze-trust";
import { registerDb } from "./db";
import { registerFindings } from "./findings";
import { registerInventory } from "./inventory";
import { registerOrg } from "./org";
import { registerScan } from "./scan";

/** Every sub-command registers itself here; one line per command group. */
export function registerCommands(program: Command): void {
  registerAnalyzeTrust(program);
  registerDb(program);
  registerOrg(program);
  registerAccount(program);
  registerScan(program);
  registerInventory(program);
  registerFindings(program);
}
