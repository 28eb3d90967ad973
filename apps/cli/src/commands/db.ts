import { createDb, ensureDatabase, migrateDeploy } from "@trustwatch/db";
import type { Command } from "commander";
import { readDatabaseEnv } from "../env";

export function registerDb(program: Command): void {
  const db = program.command("db").description("Database administration");
  db.command("migrate")
    .description("Create the database if missing and apply all migrations (prisma migrate deploy)")
    .action(async () => {
      const env = readDatabaseEnv();
      const created = await ensureDatabase(env.DATABASE_URL);
      await migrateDeploy(env.DATABASE_URL);
      process.stderr.write(`${created ? "created database, " : ""}migrations applied\n`);
    });
  db.command("check")
    .description("Check that the database is reachable and migrated")
    .action(async () => {
      const env = readDatabaseEnv();
      const client = createDb(env.DATABASE_URL);
      try {
        const organizations = await client.organization.count();
        process.stdout.write(`ok: ${organizations} organization(s)\n`);
      } finally {
        await client.$disconnect();
      }
    });
}
