import { type Db, queryPrepared } from "../client";

export type IssuerObservationInput = {
  url: string;
  reachable: boolean;
  error: string | null;
  discovery: Record<string, unknown> | null;
  discoveryIssuer: string | null;
  jwksUri: string | null;
  keyIds: string[];
  topIntermediateThumbprint: string | null;
  certificateExpiresAt: Date | null;
  trustedByPublicCa: boolean;
  probedAt: Date;
};

const COLUMNS = `"url" text, "reachable" boolean, "error" text, "discoveryIssuer" text, "jwksUri" text,
  "discovery" jsonb, "topIntermediateThumbprint" text, "certificateExpiresAt" timestamp,
  "trustedByPublicCa" boolean, "probedAt" timestamp, "keyIds" text[]`;
const BATCH_SIZE = 500;

/**
 * Record what issuers served, many per statement (an organization has thousands of issuers; one
 * upsert per issuer and per key was most of a large scan's probe phase). Key ids keep first/last
 * seen, so a rotation shows as a new kid with a later firstSeen. A failed probe keeps the keys
 * and the discovery document seen before (not wiped). URLs must be distinct within one call.
 */
export async function recordIssuerObservations(
  db: Db,
  organizationId: string,
  scanId: string,
  observations: readonly IssuerObservationInput[],
): Promise<void> {
  for (let i = 0; i < observations.length; i += BATCH_SIZE) {
    const batch = observations.slice(i, i + BATCH_SIZE);
    // One statement: the observation upsert RETURNs every row's id (inserted or updated) for the keys.
    // A prepared statement on the pool: planned once per connection, and the batch's JSON is not
    // copied through Prisma's query engine.
    await queryPrepared(
      db,
      "record_issuer_observations",
      `WITH input AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS})),
       observed AS (
         INSERT INTO "issuer_observation" ("id", "organizationId", "url", "reachable", "error", "discoveryIssuer",
           "jwksUri", "discovery", "topIntermediateThumbprint", "certificateExpiresAt", "trustedByPublicCa", "probedAt", "lastScanId")
         SELECT gen_random_uuid()::text, $2, "url", "reachable", "error", "discoveryIssuer", "jwksUri",
           NULLIF("discovery", 'null'::jsonb), "topIntermediateThumbprint", "certificateExpiresAt", "trustedByPublicCa", "probedAt", $3
         FROM input
         ON CONFLICT ("organizationId", "url") DO UPDATE SET
           "reachable" = EXCLUDED."reachable", "error" = EXCLUDED."error",
           "discoveryIssuer" = EXCLUDED."discoveryIssuer", "jwksUri" = EXCLUDED."jwksUri",
           "discovery" = COALESCE(EXCLUDED."discovery", "issuer_observation"."discovery"),
           "topIntermediateThumbprint" = EXCLUDED."topIntermediateThumbprint",
           "certificateExpiresAt" = EXCLUDED."certificateExpiresAt", "trustedByPublicCa" = EXCLUDED."trustedByPublicCa",
           "probedAt" = EXCLUDED."probedAt", "lastScanId" = EXCLUDED."lastScanId"
         RETURNING "id", "url", "probedAt")
       INSERT INTO "issuer_key" ("id", "organizationId", "issuerId", "kid", "firstSeenAt", "lastSeenAt")
       SELECT DISTINCT ON (observed."id", k."kid") gen_random_uuid()::text, $2, observed."id", k."kid", observed."probedAt", observed."probedAt"
       FROM observed JOIN input ON input."url" = observed."url"
       CROSS JOIN LATERAL unnest(input."keyIds") AS k("kid")
       ON CONFLICT ("issuerId", "kid") DO UPDATE SET "lastSeenAt" = EXCLUDED."lastSeenAt"`,
      [JSON.stringify(batch), organizationId, scanId],
    );
  }
}

/**
 * Which issuers this scan has already observed (account jobs probe their own issuers as they
 * finish; evaluation probes only the rest). `urls` narrows the question to those.
 */
export async function issuerUrlsObservedInScan(
  db: Db,
  organizationId: string,
  scanId: string,
  urls?: readonly string[],
): Promise<Set<string>> {
  const rows = await db.issuerObservation.findMany({
    where: { organizationId, lastScanId: scanId, ...(urls ? { url: { in: [...urls] } } : {}) },
    select: { url: true },
  });
  return new Set(rows.map((r) => r.url));
}
