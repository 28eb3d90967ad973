-- Free-text search of findings (packages/db/src/repositories/internal/finding-page.ts):
-- ILIKE over title, resourceArn and ruleId, served by the trigrams of the three joined
-- (one index scan instead of three). organizationId leads, through btree_gin, so a search
-- reads the entries of its own tenant only. Both extensions ship with PostgreSQL (contrib)
-- and are trusted: the database owner can create them. Prisma cannot declare this index,
-- and the query must repeat its expression exactly.
-- (No apostrophes or semicolons in these comments: the migration engine splits on them.)
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE INDEX "finding_search_trgm_idx" ON "finding" USING gin (
  "organizationId",
  ("title" || ' ' || "resourceArn" || ' ' || "ruleId") gin_trgm_ops
);

-- CreateIndex
CREATE INDEX "finding_organizationId_status_resourceType_resourceArn_seve_idx" ON "finding"("organizationId", "status", "resourceType", "resourceArn", "severity");
