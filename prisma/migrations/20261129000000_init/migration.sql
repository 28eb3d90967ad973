-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('viewer', 'analyst', 'approver', 'admin');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('critical', 'high', 'medium', 'low', 'info');

-- CreateEnum
CREATE TYPE "AwsAccountStatus" AS ENUM ('pending', 'active', 'error', 'disabled');

-- CreateEnum
CREATE TYPE "ScanStatus" AS ENUM ('queued', 'running', 'succeeded', 'partial', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "AccountScanStatus" AS ENUM ('pending', 'running', 'succeeded', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "ScanTrigger" AS ENUM ('manual', 'schedule', 'api', 'remediation');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('open', 'suppressed', 'resolved');

-- CreateEnum
CREATE TYPE "RemediationStatus" AS ENUM ('pending', 'approved', 'rejected', 'running', 'succeeded', 'failed', 'stale');

-- CreateEnum
CREATE TYPE "ChannelStatus" AS ENUM ('ok', 'failing');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "activeOrganizationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auth_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "discoveryEnabled" BOOLEAN NOT NULL DEFAULT false,
    "managementRoleArn" TEXT,
    "alertMinSeverity" "Severity" NOT NULL DEFAULT 'high',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "aws_account" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "auditRoleArn" TEXT NOT NULL,
    "remediationRoleArn" TEXT,
    "externalId" TEXT,
    "regions" TEXT[],
    "status" "AwsAccountStatus" NOT NULL DEFAULT 'pending',
    "lastError" TEXT,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "lastScanAt" TIMESTAMP(3),
    "lastGoodScanAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "aws_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scan" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "status" "ScanStatus" NOT NULL DEFAULT 'queued',
    "trigger" "ScanTrigger" NOT NULL DEFAULT 'manual',
    "requestedById" TEXT,
    "scheduleId" TEXT,
    "accountsTotal" INTEGER NOT NULL DEFAULT 0,
    "accountsDone" INTEGER NOT NULL DEFAULT 0,
    "accountsFailed" INTEGER NOT NULL DEFAULT 0,
    "phase" TEXT NOT NULL DEFAULT 'queued',
    "error" TEXT,
    "cancelRequestedAt" TIMESTAMP(3),
    "summary" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "scan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scan_account_result" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "scanId" TEXT NOT NULL,
    "awsAccountId" TEXT NOT NULL,
    "status" "AccountScanStatus" NOT NULL DEFAULT 'pending',
    "phase" TEXT,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "itemsCollected" INTEGER NOT NULL DEFAULT 0,
    "apiCalls" INTEGER NOT NULL DEFAULT 0,
    "errorCode" TEXT,
    "error" TEXT,
    "warnings" JSONB,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "scan_account_result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cluster" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "awsAccountId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "issuerUrl" TEXT,
    "version" TEXT,
    "status" TEXT NOT NULL,
    "authenticationMode" TEXT,
    "createdAtAws" TIMESTAMP(3),
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastScanId" TEXT,
    "goneAt" TIMESTAMP(3),

    CONSTRAINT "cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "oidc_provider" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "awsAccountId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "clientIds" TEXT[],
    "thumbprints" TEXT[],
    "tags" JSONB NOT NULL DEFAULT '{}',
    "createdAtAws" TIMESTAMP(3),
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastScanId" TEXT,
    "goneAt" TIMESTAMP(3),

    CONSTRAINT "oidc_provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "issuer_observation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "reachable" BOOLEAN NOT NULL,
    "error" TEXT,
    "discoveryIssuer" TEXT,
    "jwksUri" TEXT,
    "discovery" JSONB,
    "topIntermediateThumbprint" TEXT,
    "certificateExpiresAt" TIMESTAMP(3),
    "trustedByPublicCa" BOOLEAN NOT NULL DEFAULT false,
    "probedAt" TIMESTAMP(3) NOT NULL,
    "lastScanId" TEXT,

    CONSTRAINT "issuer_observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "issuer_key" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "issuerId" TEXT NOT NULL,
    "kid" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "issuer_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "iam_role" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "awsAccountId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "path" TEXT NOT NULL DEFAULT '/',
    "trustPolicy" TEXT NOT NULL,
    "previousTrustPolicy" TEXT,
    "trustChangedAt" TIMESTAMP(3),
    "trustChangedScanId" TEXT,
    "attachedPolicies" JSONB NOT NULL DEFAULT '[]',
    "inlinePolicies" JSONB NOT NULL DEFAULT '[]',
    "maxSessionDuration" INTEGER NOT NULL DEFAULT 3600,
    "lastUsedAt" TIMESTAMP(3),
    "lastUsedRegion" TEXT,
    "tags" JSONB NOT NULL DEFAULT '{}',
    "createdAtAws" TIMESTAMP(3),
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastScanId" TEXT,
    "goneAt" TIMESTAMP(3),

    CONSTRAINT "iam_role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trust_subject" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "principalType" TEXT NOT NULL,
    "principal" TEXT NOT NULL,
    "issuer" TEXT,
    "subKind" TEXT NOT NULL,
    "subjects" TEXT[],
    "audiences" TEXT[],
    "description" TEXT NOT NULL,

    CONSTRAINT "trust_subject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pod_identity_association" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "awsAccountId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "clusterArn" TEXT NOT NULL,
    "clusterName" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "serviceAccount" TEXT NOT NULL,
    "roleArn" TEXT NOT NULL,
    "targetRoleArn" TEXT,
    "externalId" TEXT,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastScanId" TEXT,
    "goneAt" TIMESTAMP(3),

    CONSTRAINT "pod_identity_association_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity_provider_config" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "awsAccountId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "clusterArn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "issuerUrl" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "usernameClaim" TEXT,
    "groupsClaim" TEXT,
    "groupsPrefix" TEXT,
    "requiredClaims" JSONB NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastScanId" TEXT,
    "goneAt" TIMESTAMP(3),

    CONSTRAINT "identity_provider_config_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" "FindingStatus" NOT NULL DEFAULT 'open',
    "resourceType" TEXT NOT NULL,
    "resourceArn" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "firstScanId" TEXT,
    "lastScanId" TEXT,
    "suppressedByExceptionId" TEXT,
    "alertedAt" TIMESTAMP(3),

    CONSTRAINT "finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_exception" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "resourcePattern" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finding_exception_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "posture_snapshot" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "scanId" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL,
    "score" INTEGER NOT NULL,
    "critical" INTEGER NOT NULL,
    "high" INTEGER NOT NULL,
    "medium" INTEGER NOT NULL,
    "low" INTEGER NOT NULL,
    "info" INTEGER NOT NULL,
    "newCount" INTEGER NOT NULL,
    "resolvedCount" INTEGER NOT NULL,

    CONSTRAINT "posture_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "remediation_request" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "findingId" TEXT,
    "kind" TEXT NOT NULL,
    "status" "RemediationStatus" NOT NULL DEFAULT 'pending',
    "targetArn" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "plan" JSONB NOT NULL,
    "beforeDocument" TEXT NOT NULL,
    "afterDocument" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestComment" TEXT,
    "approvedById" TEXT,
    "decisionComment" TEXT,
    "decidedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "result" JSONB,
    "error" TEXT,
    "rollbackOfId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "remediation_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_channel" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'slack',
    "name" TEXT NOT NULL,
    "webhookUrlEncrypted" TEXT NOT NULL,
    "webhookUrlHint" TEXT NOT NULL,
    "minSeverity" "Severity" NOT NULL DEFAULT 'high',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "status" "ChannelStatus" NOT NULL DEFAULT 'ok',
    "lastError" TEXT,
    "failingSince" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "notification_channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_delivery" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "scanId" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "responseCode" INTEGER,
    "error" TEXT,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "notification_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scan_schedule" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cron" TEXT NOT NULL,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT NOT NULL,
    "lastRunAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "scan_schedule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "auth_account_userId_idx" ON "auth_account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limit_key_key" ON "rate_limit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "organization_slug_key" ON "organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "organization_externalId_key" ON "organization"("externalId");

-- CreateIndex
CREATE INDEX "member_userId_idx" ON "member"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "member_organizationId_userId_key" ON "member"("organizationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "invitation_tokenHash_key" ON "invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "invitation_organizationId_email_idx" ON "invitation"("organizationId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_tokenHash_key" ON "api_token"("tokenHash");

-- CreateIndex
CREATE INDEX "api_token_organizationId_idx" ON "api_token"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "aws_account_organizationId_accountId_key" ON "aws_account"("organizationId", "accountId");

-- CreateIndex
CREATE INDEX "scan_organizationId_createdAt_idx" ON "scan"("organizationId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "scan_organizationId_status_idx" ON "scan"("organizationId", "status");

-- CreateIndex
CREATE INDEX "scan_account_result_organizationId_awsAccountId_idx" ON "scan_account_result"("organizationId", "awsAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "scan_account_result_scanId_awsAccountId_key" ON "scan_account_result"("scanId", "awsAccountId");

-- CreateIndex
CREATE INDEX "cluster_organizationId_issuerUrl_idx" ON "cluster"("organizationId", "issuerUrl");

-- CreateIndex
CREATE INDEX "cluster_organizationId_awsAccountId_idx" ON "cluster"("organizationId", "awsAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "cluster_organizationId_arn_key" ON "cluster"("organizationId", "arn");

-- CreateIndex
CREATE INDEX "oidc_provider_organizationId_url_idx" ON "oidc_provider"("organizationId", "url");

-- CreateIndex
CREATE INDEX "oidc_provider_organizationId_awsAccountId_idx" ON "oidc_provider"("organizationId", "awsAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "oidc_provider_organizationId_arn_key" ON "oidc_provider"("organizationId", "arn");

-- CreateIndex
CREATE UNIQUE INDEX "issuer_observation_organizationId_url_key" ON "issuer_observation"("organizationId", "url");

-- CreateIndex
CREATE INDEX "issuer_key_organizationId_idx" ON "issuer_key"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "issuer_key_issuerId_kid_key" ON "issuer_key"("issuerId", "kid");

-- CreateIndex
CREATE INDEX "iam_role_organizationId_awsAccountId_idx" ON "iam_role"("organizationId", "awsAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "iam_role_organizationId_arn_key" ON "iam_role"("organizationId", "arn");

-- CreateIndex
CREATE INDEX "trust_subject_organizationId_issuer_idx" ON "trust_subject"("organizationId", "issuer");

-- CreateIndex
CREATE INDEX "trust_subject_roleId_idx" ON "trust_subject"("roleId");

-- CreateIndex
CREATE INDEX "pod_identity_association_organizationId_clusterArn_idx" ON "pod_identity_association"("organizationId", "clusterArn");

-- CreateIndex
CREATE INDEX "pod_identity_association_organizationId_roleArn_idx" ON "pod_identity_association"("organizationId", "roleArn");

-- CreateIndex
CREATE UNIQUE INDEX "pod_identity_association_organizationId_arn_key" ON "pod_identity_association"("organizationId", "arn");

-- CreateIndex
CREATE INDEX "identity_provider_config_organizationId_clusterArn_idx" ON "identity_provider_config"("organizationId", "clusterArn");

-- CreateIndex
CREATE UNIQUE INDEX "identity_provider_config_organizationId_arn_key" ON "identity_provider_config"("organizationId", "arn");

-- CreateIndex
CREATE INDEX "finding_organizationId_status_severity_id_idx" ON "finding"("organizationId", "status", "severity", "id");

-- CreateIndex
CREATE INDEX "finding_organizationId_status_id_idx" ON "finding"("organizationId", "status", "id");

-- CreateIndex
CREATE INDEX "finding_organizationId_ruleId_status_idx" ON "finding"("organizationId", "ruleId", "status");

-- CreateIndex
CREATE INDEX "finding_organizationId_accountId_status_idx" ON "finding"("organizationId", "accountId", "status");

-- CreateIndex
CREATE INDEX "finding_organizationId_resourceArn_idx" ON "finding"("organizationId", "resourceArn");

-- CreateIndex
CREATE UNIQUE INDEX "finding_organizationId_fingerprint_key" ON "finding"("organizationId", "fingerprint");

-- CreateIndex
CREATE INDEX "finding_exception_organizationId_ruleId_idx" ON "finding_exception"("organizationId", "ruleId");

-- CreateIndex
CREATE UNIQUE INDEX "posture_snapshot_scanId_key" ON "posture_snapshot"("scanId");

-- CreateIndex
CREATE INDEX "posture_snapshot_organizationId_takenAt_idx" ON "posture_snapshot"("organizationId", "takenAt");

-- CreateIndex
CREATE INDEX "remediation_request_organizationId_status_createdAt_idx" ON "remediation_request"("organizationId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "audit_log_organizationId_createdAt_idx" ON "audit_log"("organizationId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "notification_channel_organizationId_idx" ON "notification_channel"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "notification_delivery_dedupeKey_key" ON "notification_delivery"("dedupeKey");

-- CreateIndex
CREATE INDEX "notification_delivery_organizationId_createdAt_idx" ON "notification_delivery"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "scan_schedule_organizationId_idx" ON "scan_schedule"("organizationId");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_account" ADD CONSTRAINT "auth_account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member" ADD CONSTRAINT "member_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member" ADD CONSTRAINT "member_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aws_account" ADD CONSTRAINT "aws_account_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scan" ADD CONSTRAINT "scan_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scan_account_result" ADD CONSTRAINT "scan_account_result_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "scan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scan_account_result" ADD CONSTRAINT "scan_account_result_awsAccountId_fkey" FOREIGN KEY ("awsAccountId") REFERENCES "aws_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issuer_key" ADD CONSTRAINT "issuer_key_issuerId_fkey" FOREIGN KEY ("issuerId") REFERENCES "issuer_observation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trust_subject" ADD CONSTRAINT "trust_subject_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "iam_role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_exception" ADD CONSTRAINT "finding_exception_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posture_snapshot" ADD CONSTRAINT "posture_snapshot_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "scan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "remediation_request" ADD CONSTRAINT "remediation_request_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "remediation_request" ADD CONSTRAINT "remediation_request_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_channel" ADD CONSTRAINT "notification_channel_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_delivery" ADD CONSTRAINT "notification_delivery_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "notification_channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scan_schedule" ADD CONSTRAINT "scan_schedule_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

