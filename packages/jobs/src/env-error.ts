import type { z } from "zod";

/** One line naming the first bad variable: what an operator needs to fix a deployment. */
export function formatEnvError(error: z.ZodError): string {
  const issue = error.issues[0];
  const variable = issue?.path.join(".") ?? "environment";
  const message = issue?.message ?? "invalid";
  return `Invalid environment: ${message.includes(variable) ? message : `${variable}: ${message}`}`;
}
