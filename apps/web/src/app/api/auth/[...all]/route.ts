import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/server/auth";

// The auth instance is built on the first request, not at import: `next build` loads this module.
export const { GET, POST } = toNextJsHandler((request: Request) => getAuth().handler(request));
