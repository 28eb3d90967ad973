import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.ts";

// Unit tests only (the shared config excludes e2e/, which Playwright runs).
export default mergeConfig(
  shared,
  defineConfig({ resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } } }),
);
