import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Apply committed migrations with `prisma migrate deploy` (the WASM engine; see prisma.config.ts). */
export async function migrateDeploy(databaseUrl: string): Promise<void> {
  const prismaBin = path.join(packageDir, "node_modules", ".bin", "prisma");
  const bin = await import("node:fs").then((fs) =>
    fs.existsSync(prismaBin) ? prismaBin : path.resolve(packageDir, "../../node_modules/.bin/prisma"),
  );
  await new Promise<void>((resolve, reject) => {
    const child = spawn(bin, ["migrate", "deploy"], {
      cwd: packageDir,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (${code}):\n${output}`)),
    );
  });
}
