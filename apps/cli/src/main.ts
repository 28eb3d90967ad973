import { Command } from "commander";
import { registerCommands } from "./commands";

const program = new Command()
  .name("trustwatch")
  .description("Audit EKS workload identity (IRSA, Pod Identity, OIDC providers) across AWS accounts")
  .showHelpAfterError()
  .exitOverride((error) => {
    // commander's usage errors exit 2, matching the analyze-trust contract
    process.exit(error.exitCode === 0 ? 0 : 2);
  });

registerCommands(program);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Expected failures (bad env, unreachable database, AWS errors) print one line, not a stack.
  process.stderr.write(`trustwatch: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
