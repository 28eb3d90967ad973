// Prisma CLI configuration. Prisma's native engines are a download this machine cannot
// make, so the CLI runs the JavaScript/WASM schema engine through the pg driver adapter
// (see ../../shared notes "Prisma 6 offline").
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { CatalogAsTextClient } from "./src/cli-pg-client";
import { poolConfigFromUrl } from "./src/pool-config";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  // Without it the CLI would fall back to downloading the query engine.
  throw new Error("DATABASE_URL is not set: e.g. postgresql://postgres@127.0.0.1:5432/trustwatch");
}

// The CLI otherwise lingers 10 s after finishing: long timers inside the WASM schema
// engine keep the event loop alive. This file runs only in the Prisma CLI process.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
  const timer = setTimeoutOriginal(...args);
  if ((args[1] ?? 0) >= 5_000) timer.unref();
  return timer;
}) as typeof setTimeout;

export default defineConfig({
  schema: path.join(import.meta.dirname, "../../prisma/schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "../../prisma/migrations") },
  experimental: { adapter: true },
  engine: "js",
  // Discrete fields, not a connectionString: adapter-pg's shadow-database handling
  // otherwise connects to the main database.
  adapter: async () =>
    new PrismaPg({
      ...poolConfigFromUrl(databaseUrl),
      allowExitOnIdle: true,
      idleTimeoutMillis: 200,
      Client: CatalogAsTextClient,
    }),
});
