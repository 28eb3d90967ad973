import { describe, expect, it, vi } from "vitest";
import { createIssuerProbeCache } from "./probe-cache";
import type { IssuerProbeResult } from "./types";

const now = () => new Date("2025-01-01T00:00:00Z");

function fakeResult(url: string): IssuerProbeResult {
  return {
    url,
    reachable: true,
    error: null,
    errorCode: null,
    discovery: {},
    discoveryIssuer: url,
    jwksUri: `${url}/keys`,
    keyIds: ["k"],
    topIntermediateThumbprint: null,
    certificateExpiresAt: null,
    trustedByPublicCa: false,
    probedAt: now(),
  };
}

describe("createIssuerProbeCache", () => {
  it("probes each issuer once, sharing concurrent and later calls", async () => {
    const probe = vi.fn(async (url: string) => fakeResult(url));
    const cache = createIssuerProbeCache(probe);
    const [a, b] = await Promise.all([
      cache.probe("https://issuer.example/id/1", { now }),
      cache.probe("https://issuer.example/id/1/", { now }),
    ]);
    const c = await cache.probe("https://issuer.example/id/1", { now });
    await cache.probe("https://issuer.example/id/2", { now });
    expect(a).toBe(b);
    expect(c).toBe(a);
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it("does not keep a rejected probe", async () => {
    const probe = vi
      .fn()
      .mockRejectedValueOnce(new Error("boom"))
      .mockResolvedValue(fakeResult("https://x.example"));
    const cache = createIssuerProbeCache(probe);
    await expect(cache.probe("https://x.example", { now })).rejects.toThrow("boom");
    await expect(cache.probe("https://x.example", { now })).resolves.toMatchObject({ reachable: true });
    expect(probe).toHaveBeenCalledTimes(2);
  });
});
