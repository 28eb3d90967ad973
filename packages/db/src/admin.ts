import pg from "pg";
import { poolConfigFromUrl } from "./pool-config";

/** Create a database if it does not exist (needs only CREATE DATABASE on the server). */
export async function ensureDatabase(databaseUrl: string, template?: string): Promise<boolean> {
  const config = poolConfigFromUrl(databaseUrl);
  const admin = new pg.Client({ ...config, database: "postgres" });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [config.database]);
    if (exists.rowCount) return false;
    const name = quoteIdent(String(config.database));
    await admin.query(
      template ? `CREATE DATABASE ${name} TEMPLATE ${quoteIdent(template)}` : `CREATE DATABASE ${name}`,
    );
    return true;
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const config = poolConfigFromUrl(databaseUrl);
  const admin = new pg.Client({ ...config, database: "postgres" });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(String(config.database))} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
