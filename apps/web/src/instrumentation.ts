/** Runs once when a server instance starts (not during `next build`). */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is a build-time constant Next.js inlines; this keeps Node-only code out of the edge bundle.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./instrumentation-node");
  }
}
