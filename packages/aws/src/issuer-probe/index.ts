export { isBlockedAddress } from "./address-guard";
export { createProbeAgent } from "./fetch-json";
export { createIssuerProbeCache, type IssuerProbeCache } from "./probe-cache";
export { probeIssuer } from "./probe-issuer";
export { parseResolveMap } from "./resolve-map";
export type { IssuerProbeErrorCode, IssuerProbeOptions, IssuerProbeResult } from "./types";
