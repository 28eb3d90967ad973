import { describe, expect, it } from "vitest";
import { connectTarget, parseResolveMap } from "./resolve-map";

describe("parseResolveMap", () => {
  it("parses host=ip:port entries, lower-casing hosts", () => {
    expect(parseResolveMap("OIDC.eks.us-east-1.amazonaws.com=127.0.0.1:8443, b.example=[::1]:9443")).toEqual({
      "oidc.eks.us-east-1.amazonaws.com": "127.0.0.1:8443",
      "b.example": "[::1]:9443",
    });
  });

  it("treats undefined and blank as empty", () => {
    expect(parseResolveMap(undefined)).toEqual({});
    expect(parseResolveMap("  ")).toEqual({});
  });

  it.each([
    "a.example",
    "a.example=127.0.0.1",
    "=127.0.0.1:1",
    "a.example=host.example:443",
    "a=1.2.3.4:70000",
  ])("rejects %j", (value) => {
    expect(() => parseResolveMap(value)).toThrow(/invalid resolve entry/);
  });
});

describe("connectTarget", () => {
  it("takes the override's port and keeps the URL host for SNI", () => {
    const target = connectTarget(new URL("https://issuer.example/id/1"), {
      "issuer.example": "127.0.0.1:8443",
    });
    expect(target).toEqual({
      hostname: "issuer.example",
      isLiteral: false,
      port: 8443,
      servername: "issuer.example",
    });
  });

  it("sends no SNI to an IP literal", () => {
    expect(connectTarget(new URL("https://[::1]:9000/"), undefined)).toEqual({
      hostname: "::1",
      isLiteral: true,
      port: 9000,
      servername: undefined,
    });
  });
});
