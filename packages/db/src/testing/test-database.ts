import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { dropDatabase, ensureDatabase, withDatabase } from "../admin";
import { createDb, type Db } from "../client";
import { migrateDeploy } from "../migrate";
import { poolConfigFromUrl } from "../pool-config";

const migrationsDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../prisma/migrations",
);

/** Server for throwaway test databases; CI and dev machines run PostgreSQL on 127.0.0.1. */
export function testServerUrl(): string {
  return (
    process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test"
  );
}

/** A template database migrated once per set of migrations, cloned per test file (fast). */
function templateName(): string {
  const hash = createHash("sha256");
  for (const dir of readdirSync(migrationsDir).sort()) {
    if (dir.endsWith(".toml")) continue;
    hash.update(dir).update(readFileSync(path.join(migrationsDir, dir, "migration.sql")));
  }
  return `tw_template_${hash.digest("hex").slice(0, 12)}`;
}

/** Create (once, under an advisory lock: test packages run in parallel) the migrated template. */
export async function ensureTemplateDatabase(): Promise<string> {
  const server = testServerUrl();
  const name = templateName();
  const admin = new pg.Client({ ...poolConfigFromUrl(server), database: "postgres" });
  await admin.connect();
  try {
    await admin.query("SELECT pg_advisory_lock(727274)");
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!exists.rowCount) {
      const building = `${name}_building`;
      await dropDatabase(withDatabase(server, building));
      await ensureDatabase(withDatabase(server, building));
      await migrateDeploy(withDatabase(server, building));
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    }
  } finally {
    await admin.query("SELECT pg_advisory_unlock(727274)").catch(() => undefined);
    await admin.end();
  }
  return name;
}

export type TestDatabase = { url: string; db: Db; drop: () => Promise<void> };

/** A fresh, migrated, throwaway database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = await ensureTemplateDatabase();
  const name = `tw_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const url = withDatabase(testServerUrl(), name);
  await ensureDatabase(url, template);
  const db = createDb(url, { maxConnections: 5 });
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await dropDatabase(url);
    },
  };
}
