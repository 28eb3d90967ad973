-- CreateIndex
CREATE INDEX "finding_organizationId_firstSeenAt_id_idx" ON "finding"("organizationId", "firstSeenAt", "id");

-- CreateIndex
CREATE INDEX "finding_organizationId_status_firstSeenAt_id_idx" ON "finding"("organizationId", "status", "firstSeenAt", "id");

