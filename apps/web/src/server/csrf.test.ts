import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./csrf";

const APP = "https://trustwatch.example.com";

describe("isCrossSiteRequest", () => {
  const cases: { name: string; headers: Record<string, string>; crossSite: boolean }[] = [
    {
      name: "same origin as APP_URL",
      headers: { origin: APP, "sec-fetch-site": "same-origin" },
      crossSite: false,
    },
    {
      name: "same host (behind a proxy with another APP_URL)",
      headers: { origin: "http://localhost:3100", host: "localhost:3100" },
      crossSite: false,
    },
    {
      name: "another site",
      headers: { origin: "https://evil.example", host: "trustwatch.example.com" },
      crossSite: true,
    },
    { name: "browser says cross-site", headers: { "sec-fetch-site": "cross-site" }, crossSite: true },
    { name: "opaque origin (sandboxed iframe, file://)", headers: { origin: "null" }, crossSite: true },
    { name: "no browser headers (curl, server-to-server)", headers: {}, crossSite: false },
  ];
  it.each(cases)("$name", ({ headers, crossSite }) => {
    expect(isCrossSiteRequest(new Headers(headers), APP)).toBe(crossSite);
  });
});
