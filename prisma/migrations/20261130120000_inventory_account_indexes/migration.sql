-- An account snapshot marks gone the rows of that account the scan did not see (inventory-write.ts:
-- WHERE organizationId AND awsAccountId AND goneAt IS NULL). Roles, providers and clusters have an
-- index for that, associations and sign-in configs did not, so every account read all of its
-- organization rows: work growing with accounts squared. awsAccountId never changes, so rescans
-- stay HOT updates.
CREATE INDEX "pod_identity_association_organizationId_awsAccountId_idx" ON "pod_identity_association"("organizationId", "awsAccountId");
CREATE INDEX "identity_provider_config_organizationId_awsAccountId_idx" ON "identity_provider_config"("organizationId", "awsAccountId");
