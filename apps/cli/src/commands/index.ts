import type { Command } from "commander";
import { registerDb } from "./db";

/** Every sub-command registers itself here; one line per command group. */
export function registerCommands(program: Command): void {
  registerDb(program);
}
