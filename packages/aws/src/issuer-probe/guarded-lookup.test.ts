import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { isBlockedAddress } from "./address-guard";
import { createGuardedLookup, type DnsLookupAll } from "./guarded-lookup";

function fakeDns(answers: Record<string, LookupAddress[]>): DnsLookupAll {
  return (hostname, _options, callback) => {
    const found = answers[hostname];
    if (found) callback(null, found);
    else callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), []);
  };
}

function lookupAll(lookup: ReturnType<typeof createGuardedLookup>, host: string) {
  return new Promise<{ error: (Error & { code?: string }) | null; addresses: unknown }>((resolve) => {
    lookup(host, { all: true }, (error, addresses) => resolve({ error, addresses }));
  });
}

const dnsLookup = fakeDns({
  "public.example": [{ address: "52.1.2.3", family: 4 }],
  "rebind.example": [{ address: "169.254.169.254", family: 4 }],
  "mixed.example": [
    { address: "52.1.2.3", family: 4 },
    { address: "10.0.0.7", family: 4 },
  ],
});

describe("createGuardedLookup", () => {
  const lookup = createGuardedLookup({ isBlocked: isBlockedAddress, dnsLookup });

  it("passes public addresses through", async () => {
    const { error, addresses } = await lookupAll(lookup, "public.example");
    expect(error).toBeNull();
    expect(addresses).toEqual([{ address: "52.1.2.3", family: 4 }]);
  });

  it("refuses a public name that resolves to the metadata address", async () => {
    const { error } = await lookupAll(lookup, "rebind.example");
    expect(error).toMatchObject({ code: "blocked-address" });
    expect(error?.message).toContain("169.254.169.254");
  });

  it("refuses when any of the resolved addresses is private", async () => {
    expect((await lookupAll(lookup, "mixed.example")).error).toMatchObject({ code: "blocked-address" });
  });

  it("passes DNS failures through", async () => {
    expect((await lookupAll(lookup, "missing.example")).error).toMatchObject({ code: "ENOTFOUND" });
  });

  it("applies the guard to resolve overrides too", async () => {
    const overridden = createGuardedLookup({
      isBlocked: isBlockedAddress,
      resolve: { "public.example": "10.1.1.1:443" },
      dnsLookup,
    });
    expect((await lookupAll(overridden, "public.example")).error).toMatchObject({ code: "blocked-address" });
  });

  it("answers the single-address form when all is not set", async () => {
    const result = await new Promise<unknown[]>((resolve) => {
      lookup("public.example", {}, (...args) => resolve(args));
    });
    expect(result).toEqual([null, "52.1.2.3", 4]);
  });
});
