import { describe, expect, it } from "vitest";
import { inventory, issuer, NOW, provider, role } from "../test-support/inventory";
import { EKS_ISSUER, EKS_PROVIDER, irsaPolicy, policy, webIdentityStatement } from "../test-support/policies";
import { diffInventories } from "./diff";

const nsWide = policy(
  webIdentityStatement(EKS_PROVIDER, {
    StringLike: { [`${EKS_ISSUER}:sub`]: "system:serviceaccount:ns:*" },
    StringEquals: { [`${EKS_ISSUER}:aud`]: "sts.amazonaws.com" },
  }),
);

describe("diffInventories", () => {
  it("reports roles, providers, thumbprints, audiences and key rotation", () => {
    const before = inventory({
      roles: [role("a", irsaPolicy("ns", "a")), role("gone", irsaPolicy("ns", "x"))],
    });
    const after = inventory({
      providers: [
        provider(EKS_ISSUER, { thumbprints: ["b".repeat(40)], clientIds: ["sts.amazonaws.com", "x"] }),
      ],
      issuers: [issuer(EKS_ISSUER, { keys: [{ kid: "k2", firstSeen: NOW, lastSeen: NOW }] })],
      roles: [role("a", irsaPolicy("ns", "a")), role("new", irsaPolicy("ns", "y"))],
    });
    const d = diffInventories(before, after);
    expect(d.roles.appeared).toEqual(["arn:aws:iam::111122223333:role/new"]);
    expect(d.roles.vanished).toEqual(["arn:aws:iam::111122223333:role/gone"]);
    expect(d.providers.thumbprintsChanged).toHaveLength(1);
    expect(d.providers.audiencesChanged).toHaveLength(1);
    expect(d.issuers.keysRotated).toEqual([
      { url: `https://${EKS_ISSUER}`, addedKids: ["k2"], removedKids: ["k1"] },
    ]);
  });

  it.each([
    { name: "widened", before: irsaPolicy("ns", "a"), after: nsWide, change: "widened" },
    { name: "narrowed", before: nsWide, after: irsaPolicy("ns", "a"), change: "narrowed" },
    {
      name: "literal * is a different subject",
      before: irsaPolicy("ns", "a"),
      after: irsaPolicy("ns", "*"),
      change: "widened-and-narrowed",
    },
    { name: "same text", before: irsaPolicy("ns", "a"), after: irsaPolicy("ns", "a"), change: null },
    {
      name: "different SA",
      before: irsaPolicy("ns", "a"),
      after: irsaPolicy("ns", "b"),
      change: "widened-and-narrowed",
    },
    {
      name: "encoded equivalent",
      before: irsaPolicy("ns", "a"),
      after: encodeURIComponent(irsaPolicy("ns", "a")),
      change: "rewritten",
    },
  ])("trust change: $name", ({ before, after, change }) => {
    const d = diffInventories(
      inventory({ roles: [role("r", before)] }),
      inventory({ roles: [role("r", after)] }),
    );
    expect(d.roles.trustChanged[0]?.change ?? null).toBe(change);
  });
});
