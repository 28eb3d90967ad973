import { validateEnvAtStartup } from "./env";

const result = validateEnvAtStartup();
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
