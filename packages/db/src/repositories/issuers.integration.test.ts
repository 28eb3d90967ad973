import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { type IssuerObservationInput, recordIssuerObservations } from "./issuers";

const T1 = new Date("2026-03-01T00:00:00.000Z");
const T2 = new Date("2026-03-02T00:00:00.000Z");

function observation(url: string, over: Partial<IssuerObservationInput> = {}): IssuerObservationInput {
  return {
    url,
    reachable: true,
    error: null,
    discovery: { issuer: url, jwks_uri: `${url}/keys` },
    discoveryIssuer: url,
    jwksUri: `${url}/keys`,
    keyIds: ["k1"],
    topIntermediateThumbprint: "9e99a48a9960b14926bb7f3b02e22da2b0ab7280",
    certificateExpiresAt: new Date("2027-01-01T00:00:00.000Z"),
    trustedByPublicCa: true,
    probedAt: T1,
    ...over,
  };
}

describe("recordIssuerObservations (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let orgId: string;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    orgId = (
      await testDb.db.organization.create({
        data: { name: "Issuers", slug: "issuers", externalId: "tw-issuers-test" },
      })
    ).id;
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  const load = (url: string) =>
    testDb.db.issuerObservation.findUniqueOrThrow({
      where: { organizationId_url: { organizationId: orgId, url } },
      include: { keys: { orderBy: { kid: "asc" } } },
    });

  it("inserts many issuers with their key ids in one call, batches included", async () => {
    const urls = Array.from({ length: 1_203 }, (_, i) => `https://oidc.example/id/${i}`);
    await recordIssuerObservations(
      testDb.db,
      orgId,
      "scan-1",
      urls.map((u) => observation(u)),
    );
    expect(await testDb.db.issuerObservation.count({ where: { organizationId: orgId } })).toBe(1_203);
    expect(await testDb.db.issuerKey.count({ where: { organizationId: orgId } })).toBe(1_203);
    const one = await load(urls[42] as string);
    expect(one).toMatchObject({
      reachable: true,
      lastScanId: "scan-1",
      probedAt: T1,
      trustedByPublicCa: true,
    });
    expect(one.discovery).toEqual({ issuer: urls[42], jwks_uri: `${urls[42]}/keys` });
    expect(one.keys.map((k) => [k.kid, k.firstSeenAt, k.lastSeenAt])).toEqual([["k1", T1, T1]]);
  });

  it("keeps first-seen of a kept key, adds a rotated one, and ignores duplicate kids", async () => {
    const url = "https://oidc.example/id/7";
    await recordIssuerObservations(testDb.db, orgId, "scan-2", [
      observation(url, { keyIds: ["k1", "k2", "k2"], probedAt: T2 }),
    ]);
    const after = await load(url);
    expect(after.lastScanId).toBe("scan-2");
    expect(after.keys.map((k) => [k.kid, k.firstSeenAt, k.lastSeenAt])).toEqual([
      ["k1", T1, T2],
      ["k2", T2, T2],
    ]);
  });

  it("a failed probe records the error but keeps the keys and discovery seen before", async () => {
    const url = "https://oidc.example/id/8";
    await recordIssuerObservations(testDb.db, orgId, "scan-3", [
      observation(url, {
        reachable: false,
        error: "connect ECONNREFUSED",
        discovery: null,
        discoveryIssuer: null,
        jwksUri: null,
        keyIds: [],
        topIntermediateThumbprint: null,
        probedAt: T2,
      }),
    ]);
    const after = await load(url);
    expect(after).toMatchObject({
      reachable: false,
      error: "connect ECONNREFUSED",
      jwksUri: null,
      probedAt: T2,
    });
    expect(after.discovery).toEqual({ issuer: url, jwks_uri: `${url}/keys` });
    expect(after.keys.map((k) => [k.kid, k.lastSeenAt])).toEqual([["k1", T1]]);
  });

  it("stores no discovery document for an issuer first seen unreachable", async () => {
    const url = "https://oidc.example/unreachable";
    await recordIssuerObservations(testDb.db, orgId, "scan-3", [
      observation(url, { reachable: false, discovery: null, keyIds: [] }),
    ]);
    const row = await load(url);
    expect(row.discovery).toBeNull();
    expect(row.keys).toEqual([]);
  });
});
