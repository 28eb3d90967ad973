#!/usr/bin/env node
// Runs the TypeScript sandbox through tsx's ESM loader, so no build step is needed.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
