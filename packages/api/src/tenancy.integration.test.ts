/**
 * Tenancy and role matrix for EVERY procedure of `appRouter` (issue 11).
 *
 * The procedures are enumerated from `appRouter._def.procedures`, so a procedure added later is
 * covered without anyone remembering this file, and the test FAILS until it is described here:
 *
 *   1. Add a `SAMPLE_INPUTS["area.verb"]` entry: a VALID input (it must pass the procedure's zod
 *      schema) that names organization A's resources through `ids` (finding, role, account, scan,
 *      exception, member, invitation, token…). Organization B's admin calls it and must get
 *      NOT_FOUND / FORBIDDEN, or a result that contains none of A's ids or marker strings.
 *      If the procedure needs a kind of A resource that is not seeded yet, seed it in
 *      `seedOrganizationA` and add its id to `OrgAIds`.
 *   2. Add a `MIN_ROLE["area.verb"]` entry: the weakest role allowed, or "signed-in" for
 *      procedures that need a session but no organization (protectedProcedure), or "public".
 *      Every weaker role of organization A must get FORBIDDEN; queries must work at the minimum.
 *
 * Procedures that start jobs get a fake queue set (nothing reaches Redis). After the whole
 * matrix ran, organization A's rows must be exactly as before: B changed nothing of A's.
 */
import { randomBytes } from "node:crypto";
import { type TRPC_ERROR_CODE_KEY, TRPCError } from "@trpc/server";
import type { Db } from "@trustwatch/db";
import { hashApiToken, hashInvitationToken } from "@trustwatch/db";
import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import type { Queues } from "@trustwatch/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type SessionContext } from "./context";
import { ROLES, type Role } from "./roles";
import { appRouter } from "./root";
import { type Seeded, seedForApi } from "./test-helpers";

/** Marks every human-readable string seeded for organization A; must never reach organization B. */
const MARK = "orga-only-marker";

type OrgAIds = {
  organizationId: string;
  findingId: string;
  roleId: string;
  roleArn: string;
  accountRowId: string;
  awsAccountId: string;
  scanId: string;
  exceptionId: string;
  memberId: string;
  invitationId: string;
  invitationToken: string;
  apiTokenId: string;
  clusterId: string;
  clusterArn: string;
  providerId: string;
  providerArn: string;
  podIdentityId: string;
  remediationId: string;
  auditLogId: string;
  channelId: string;
  scheduleId: string;
};

type Sample = {
  input: (ids: OrgAIds) => unknown;
  /** Error codes besides NOT_FOUND and FORBIDDEN that are a correct answer here, with the reason. */
  alsoAllow?: TRPC_ERROR_CODE_KEY[];
};

const B_ACCOUNT = "999999999999";

// ───────────── the tables: one row per procedure path ─────────────

export const SAMPLE_INPUTS: Record<string, Sample> = {
  "me.get": { input: () => undefined },
  "organizations.listMine": { input: () => undefined },
  "organizations.switch": { input: (ids) => ({ organizationId: ids.organizationId }) },

  "members.list": { input: () => undefined },
  "members.updateRole": { input: (ids) => ({ memberId: ids.memberId, role: "viewer" }) },
  "members.remove": { input: (ids) => ({ memberId: ids.memberId }) },
  // B inviting the address A invited creates B's own invitation: fine, it holds none of A's ids.
  "invitations.create": {
    input: () => ({ email: `new-hire-${MARK}@example.com`.replace(MARK, "b"), role: "viewer" }),
  },
  "invitations.list": { input: () => undefined },
  "invitations.revoke": { input: (ids) => ({ invitationId: ids.invitationId }) },
  // The token is A's, addressed to someone else: B's admin may not accept it.
  "invitations.accept": { input: (ids) => ({ token: ids.invitationToken }) },
  "apiTokens.create": { input: () => ({ name: "b automation", scope: "read" }) },
  "apiTokens.list": { input: () => undefined },
  "apiTokens.revoke": { input: (ids) => ({ tokenId: ids.apiTokenId }) },
  "auditLog.list": { input: (ids) => ({ cursor: ids.auditLogId, limit: 100 }) },

  "overview.getSummary": { input: () => undefined },
  "overview.getTrend": { input: () => ({ limit: 30 }) },
  "overview.topRiskyRoles": { input: () => ({ limit: 20 }) },
  "overview.failedAccounts": { input: () => undefined },
  "overview.recentDrift": { input: () => undefined },
  "findings.list": { input: (ids) => ({ accountId: [ids.awsAccountId], limit: 100 }) },
  "findings.groupCounts": { input: () => ({ by: "rule" }) },
  "findings.get": { input: (ids) => ({ id: ids.findingId }) },
  "findings.facets": { input: () => undefined },
  "exceptions.create": {
    input: () => ({
      ruleId: "trust.no-sub",
      resourcePattern: `arn:aws:iam::${B_ACCOUNT}:role/b-*`,
      owner: "b-team",
      reason: "organization B's own exception",
      expiresAt: new Date(Date.now() + 30 * 86_400_000),
    }),
  },
  "exceptions.list": { input: () => ({ state: "all" }) },
  "exceptions.revoke": { input: (ids) => ({ id: ids.exceptionId }) },
  "roles.list": { input: (ids) => ({ accountId: [ids.awsAccountId], limit: 100 }) },
  "roles.get": { input: (ids) => ({ idOrArn: ids.roleId }) },

  "accounts.list": { input: () => undefined },
  "accounts.create": {
    input: () => ({
      accountId: B_ACCOUNT,
      name: "B account",
      auditRoleArn: `arn:aws:iam::${B_ACCOUNT}:role/TrustwatchAudit`,
      regions: ["us-east-1"],
    }),
    // If B already registered it during this run (create is not idempotent).
    alsoAllow: ["CONFLICT"],
  },
  "accounts.update": { input: (ids) => ({ id: ids.accountRowId, name: "renamed by B" }) },
  "accounts.remove": { input: (ids) => ({ id: ids.accountRowId }) },
  "accounts.getOnboarding": { input: () => undefined },
  "accounts.testConnection": { input: (ids) => ({ id: ids.accountRowId }) },
  "accounts.discover": {
    input: () => ({ managementRoleArn: `arn:aws:iam::${B_ACCOUNT}:role/TrustwatchDiscovery` }),
  },
  // B's own scan: allowed, and a second start while it is active is a conflict, not a leak.
  "scans.start": { input: () => undefined, alsoAllow: ["CONFLICT"] },
  "scans.cancel": { input: (ids) => ({ scanId: ids.scanId }) },
  "scans.progress": { input: (ids) => ({ scanId: ids.scanId }) },
  "scans.history": { input: () => ({ limit: 100 }) },
  "clusters.list": { input: () => undefined },
  "clusters.get": { input: (ids) => ({ id: ids.clusterId }) },
  "providers.list": { input: () => undefined },
  "providers.get": { input: (ids) => ({ id: ids.providerId }) },
  "podIdentity.list": { input: () => undefined },
  "remediation.plan": { input: (ids) => ({ findingId: ids.findingId, serviceAccounts: ["default:app"] }) },
  "remediation.request": { input: (ids) => ({ findingId: ids.findingId, serviceAccounts: ["default:app"] }) },
  "remediation.list": {
    input: (ids) => ({ tab: "pending", findingId: ids.findingId, cursor: ids.remediationId }),
  },
  "remediation.get": { input: (ids) => ({ id: ids.remediationId }) },
  "remediation.approve": { input: (ids) => ({ id: ids.remediationId, comment: "B approves" }) },
  "remediation.reject": { input: (ids) => ({ id: ids.remediationId, comment: "B rejects" }) },
  "remediation.rollback": { input: (ids) => ({ id: ids.remediationId, comment: "B rolls back" }) },
  "notifications.listChannels": { input: () => undefined },
  "notifications.createChannel": {
    input: () => ({
      name: "B alerts",
      webhookUrl: "https://hooks.slack.com/services/TB0/BB0/bsecret",
      minSeverity: "high",
    }),
  },
  "notifications.updateChannel": { input: (ids) => ({ channelId: ids.channelId, name: "renamed by B" }) },
  "notifications.removeChannel": { input: (ids) => ({ channelId: ids.channelId }) },
  "notifications.sendTest": { input: (ids) => ({ channelId: ids.channelId }) },
  "notifications.listDeliveries": { input: (ids) => ({ channelId: ids.channelId, limit: 200 }) },
  "schedules.list": { input: () => undefined },
  "schedules.preview": { input: () => ({ cron: "0 3 * * *", timezone: "UTC" }) },
  "schedules.create": {
    input: () => ({ name: "B nightly", cron: "0 3 * * *", timezone: "UTC", enabled: true }),
  },
  "schedules.update": { input: (ids) => ({ scheduleId: ids.scheduleId, name: "renamed by B" }) },
  "schedules.remove": { input: (ids) => ({ scheduleId: ids.scheduleId }) },
};

/** The weakest role a procedure allows. Keep in step with the procedure's roleProcedure(...). */
export const MIN_ROLE: Record<string, Role | "signed-in" | "public"> = {
  "me.get": "signed-in",
  "organizations.listMine": "signed-in",
  "organizations.switch": "signed-in",

  "members.list": "viewer",
  "members.updateRole": "admin",
  "members.remove": "admin",
  "invitations.create": "admin",
  "invitations.list": "admin",
  "invitations.revoke": "admin",
  "invitations.accept": "signed-in",
  "apiTokens.create": "admin",
  "apiTokens.list": "admin",
  "apiTokens.revoke": "admin",
  "auditLog.list": "approver",

  "overview.getSummary": "viewer",
  "overview.getTrend": "viewer",
  "overview.topRiskyRoles": "viewer",
  "overview.failedAccounts": "viewer",
  "overview.recentDrift": "viewer",
  "findings.list": "viewer",
  "findings.groupCounts": "viewer",
  "findings.get": "viewer",
  "findings.facets": "viewer",
  "exceptions.create": "analyst",
  "exceptions.list": "viewer",
  "exceptions.revoke": "analyst",
  "roles.list": "viewer",
  "roles.get": "viewer",

  "accounts.list": "viewer",
  "accounts.create": "admin",
  "accounts.update": "admin",
  "accounts.remove": "admin",
  "accounts.getOnboarding": "viewer",
  "accounts.testConnection": "admin",
  "accounts.discover": "admin",
  "scans.start": "analyst",
  "scans.cancel": "analyst",
  "scans.progress": "viewer",
  "scans.history": "viewer",
  "clusters.list": "viewer",
  "clusters.get": "viewer",
  "providers.list": "viewer",
  "providers.get": "viewer",
  "podIdentity.list": "viewer",
  "remediation.plan": "analyst",
  "remediation.request": "analyst",
  "remediation.list": "viewer",
  "remediation.get": "viewer",
  "remediation.approve": "approver",
  "remediation.reject": "approver",
  "remediation.rollback": "analyst",
  "notifications.listChannels": "admin",
  "notifications.createChannel": "admin",
  "notifications.updateChannel": "admin",
  "notifications.removeChannel": "admin",
  "notifications.sendTest": "admin",
  "notifications.listDeliveries": "admin",
  "schedules.list": "admin",
  "schedules.preview": "admin",
  "schedules.create": "admin",
  "schedules.update": "admin",
  "schedules.remove": "admin",
};

// ───────────── machinery ─────────────

type ProcedureInfo = { path: string; type: "query" | "mutation" | "subscription" };

function listProcedures(): ProcedureInfo[] {
  // At runtime `_def.procedures` is flat ("area.verb" → procedure), whatever its declared type says.
  const record = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: ProcedureInfo["type"] } }
  >;
  return Object.entries(record)
    .map(([path, procedure]) => ({ path, type: procedure._def.type }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** A queue set that accepts every call (add, upsertJobScheduler, …) and sends nothing anywhere. */
function fakeQueues(): Queues {
  const queue = new Proxy(
    {},
    {
      get: (_target, method) =>
        method === "then"
          ? undefined
          : async () => (/^get.*s$/.test(String(method)) ? [] : { id: `fake-${String(method)}` }),
    },
  );
  return new Proxy({}, { get: (_target, name) => (name === "then" ? undefined : queue) }) as Queues;
}

/** Channels need the encryption key; any valid 32-byte key does in a test. */
const SECRETS = { encryptionKey: randomBytes(32).toString("base64"), allowAnyWebhookUrl: false };

type Outcome = { ok: true; value: unknown } | { ok: false; code: TRPC_ERROR_CODE_KEY; message: string };

async function call(db: Db, session: SessionContext | null, path: string, input: unknown): Promise<Outcome> {
  const caller = appRouter.createCaller(createContext({ db, session, queues: fakeQueues, secrets: SECRETS }));
  let target: unknown = caller;
  for (const key of path.split(".")) target = (target as Record<string, unknown>)[key];
  try {
    return { ok: true, value: await (target as (input: unknown) => Promise<unknown>)(input) };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

const describeOutcome = (o: Outcome) => (o.ok ? "OK" : `${o.code} (${o.message})`);

async function seedOrganizationA(db: Db, organizationId: string, adminUserId: string): Promise<OrgAIds> {
  const awsAccountId = "111122223333";
  const roleArn = `arn:aws:iam::${awsAccountId}:role/${MARK}-role`;
  const clusterArn = `arn:aws:eks:us-east-1:${awsAccountId}:cluster/${MARK}`;
  const providerArn = `arn:aws:iam::${awsAccountId}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/${MARK}`;
  const now = new Date();
  const account = await db.awsAccount.create({
    data: {
      organizationId,
      accountId: awsAccountId,
      name: `${MARK} account`,
      auditRoleArn: `arn:aws:iam::${awsAccountId}:role/TrustwatchAudit`,
      regions: ["us-east-1"],
      status: "error",
      lastError: `${MARK} error`,
    },
  });
  const scan = await db.scan.create({ data: { organizationId, status: "running", trigger: "manual" } });
  await db.scanAccountResult.create({
    data: {
      organizationId,
      scanId: scan.id,
      awsAccountId: account.id,
      status: "failed",
      error: `${MARK} failure`,
    },
  });
  const role = await db.iamRole.create({
    data: {
      organizationId,
      awsAccountId: account.id,
      accountId: awsAccountId,
      arn: roleArn,
      name: `${MARK}-role`,
      trustPolicy: JSON.stringify({ Version: "2012-10-17", Statement: [] }),
    },
  });
  const cluster = await db.cluster.create({
    data: {
      organizationId,
      awsAccountId: account.id,
      accountId: awsAccountId,
      arn: clusterArn,
      region: "us-east-1",
      name: MARK,
      status: "ACTIVE",
      issuerUrl: `https://oidc.eks.us-east-1.amazonaws.com/id/${MARK}`,
    },
  });
  const provider = await db.oidcProvider.create({
    data: {
      organizationId,
      awsAccountId: account.id,
      accountId: awsAccountId,
      arn: providerArn,
      url: `oidc.eks.us-east-1.amazonaws.com/id/${MARK}`,
      clientIds: ["sts.amazonaws.com"],
      thumbprints: [],
    },
  });
  const podIdentity = await db.podIdentityAssociation.create({
    data: {
      organizationId,
      awsAccountId: account.id,
      accountId: awsAccountId,
      arn: `arn:aws:eks:us-east-1:${awsAccountId}:podidentityassociation/${MARK}/a-1`,
      associationId: "a-1",
      clusterArn,
      clusterName: MARK,
      region: "us-east-1",
      namespace: "default",
      serviceAccount: "default",
      roleArn,
    },
  });
  const finding = await db.finding.create({
    data: {
      organizationId,
      ruleId: "trust.no-sub",
      severity: "high",
      fingerprint: `${MARK}-fingerprint`,
      resourceType: "iam-role",
      resourceArn: roleArn,
      accountId: awsAccountId,
      title: `${MARK} finding`,
      evidence: { clusterArn, note: MARK },
      firstSeenAt: now,
      lastSeenAt: now,
      lastScanId: scan.id,
    },
  });
  await db.finding.create({
    data: {
      organizationId,
      ruleId: "drift.trust-changed",
      severity: "medium",
      fingerprint: `${MARK}-drift`,
      resourceType: "iam-role",
      resourceArn: roleArn,
      accountId: awsAccountId,
      title: `${MARK} drift`,
      evidence: { note: MARK },
      firstSeenAt: now,
      lastSeenAt: now,
    },
  });
  const exception = await db.findingException.create({
    data: {
      organizationId,
      ruleId: "trust.no-sub",
      resourcePattern: roleArn,
      owner: `${MARK} owner`,
      reason: `${MARK} reason`,
      expiresAt: new Date(now.getTime() + 30 * 86_400_000),
      createdById: adminUserId,
    },
  });
  const remediation = await db.remediationRequest.create({
    data: {
      organizationId,
      findingId: finding.id,
      kind: "trust.tighten-sub",
      targetArn: roleArn,
      accountId: awsAccountId,
      plan: { note: MARK },
      beforeDocument: "{}",
      afterDocument: "{}",
      requestedById: adminUserId,
    },
  });
  const invitationToken = `${MARK}-invitation-token-0123456789`;
  const invitation = await db.invitation.create({
    data: {
      organizationId,
      email: `${MARK}@example.com`,
      role: "analyst",
      tokenHash: hashInvitationToken(invitationToken),
      invitedById: adminUserId,
      expiresAt: new Date(now.getTime() + 86_400_000),
    },
  });
  const apiToken = await db.apiToken.create({
    data: {
      organizationId,
      name: `${MARK} token`,
      prefix: "0a0a0a0a",
      tokenHash: hashApiToken(`${MARK}-token`),
      scope: "scan",
      createdById: adminUserId,
    },
  });
  const auditLog = await db.auditLog.create({
    data: {
      organizationId,
      actorType: "user",
      actorId: adminUserId,
      action: "account.create",
      targetType: "account",
      targetId: account.id,
      after: { name: MARK },
    },
  });
  const channel = await db.notificationChannel.create({
    data: { organizationId, name: `${MARK} channel`, webhookUrlEncrypted: MARK, webhookUrlHint: MARK },
  });
  await db.notificationDelivery.create({
    data: {
      organizationId,
      channelId: channel.id,
      scanId: scan.id,
      dedupeKey: `${MARK}-delivery`,
      kind: "scan.findings",
      status: "failed",
      error: `${MARK} delivery error`,
      payload: { note: MARK },
    },
  });
  const schedule = await db.scanSchedule.create({
    data: { organizationId, name: `${MARK} schedule`, cron: "0 * * * *", createdById: adminUserId },
  });
  await db.postureSnapshot.create({
    data: {
      organizationId,
      scanId: scan.id,
      takenAt: now,
      score: 42,
      critical: 0,
      high: 1,
      medium: 1,
      low: 0,
      info: 0,
      newCount: 2,
      resolvedCount: 0,
    },
  });
  const member = await db.member.findFirstOrThrow({
    where: { organizationId, user: { email: "analyst@demo.trustwatch.dev" } },
  });
  return {
    organizationId,
    findingId: finding.id,
    roleId: role.id,
    roleArn,
    accountRowId: account.id,
    awsAccountId,
    scanId: scan.id,
    exceptionId: exception.id,
    memberId: member.id,
    invitationId: invitation.id,
    invitationToken,
    apiTokenId: apiToken.id,
    clusterId: cluster.id,
    clusterArn,
    providerId: provider.id,
    providerArn,
    podIdentityId: podIdentity.id,
    remediationId: remediation.id,
    auditLogId: auditLog.id,
    channelId: channel.id,
    scheduleId: schedule.id,
  };
}

/** Everything of A's that B could change, as plain data, to compare before and after. */
async function snapshotOrganization(db: Db, organizationId: string) {
  const where = { where: { organizationId } };
  const [
    members,
    invitations,
    tokens,
    exceptions,
    accounts,
    scans,
    findings,
    remediations,
    organization,
    channels,
    schedules,
  ] = await Promise.all([
    db.member.findMany({ ...where, orderBy: { id: "asc" } }),
    db.invitation.findMany({ ...where, orderBy: { id: "asc" } }),
    db.apiToken.findMany({ ...where, orderBy: { id: "asc" } }),
    db.findingException.findMany({ ...where, orderBy: { id: "asc" } }),
    db.awsAccount.findMany({ ...where, orderBy: { id: "asc" } }),
    db.scan.findMany({ ...where, orderBy: { id: "asc" } }),
    db.finding.findMany({ ...where, orderBy: { id: "asc" } }),
    db.remediationRequest.findMany({ ...where, orderBy: { id: "asc" } }),
    db.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    db.notificationChannel.findMany({ ...where, orderBy: { id: "asc" } }),
    db.scanSchedule.findMany({ ...where, orderBy: { id: "asc" } }),
  ]);
  return {
    members,
    invitations,
    tokens,
    exceptions,
    accounts,
    scans,
    findings,
    remediations,
    organization,
    channels,
    schedules,
  };
}

/** Every id and marker of A that must not appear in anything B receives. */
function forbiddenStrings(ids: OrgAIds): string[] {
  const {
    awsAccountId: _account,
    roleArn: _roleArn,
    clusterArn: _cluster,
    providerArn: _provider,
    ...rowIds
  } = ids;
  return [...Object.values(rowIds), MARK];
}

// ───────────── the tests ─────────────

describe("tenancy and role matrix over every procedure (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  let ids: OrgAIds;
  const procedures = listProcedures();

  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
    const admin = await testDb.db.user.findUniqueOrThrow({ where: { email: "admin@demo.trustwatch.dev" } });
    ids = await seedOrganizationA(testDb.db, seeded.demoId, admin.id);
    // B has data of its own, so lists are not trivially empty when B reads them.
    const now = new Date();
    await testDb.db.finding.create({
      data: {
        organizationId: seeded.otherId,
        ruleId: "trust.no-sub",
        severity: "high",
        fingerprint: "b-fingerprint",
        resourceType: "iam-role",
        resourceArn: `arn:aws:iam::${B_ACCOUNT}:role/b-role`,
        accountId: B_ACCOUNT,
        title: "B's finding",
        evidence: {},
        firstSeenAt: now,
        lastSeenAt: now,
      },
    });
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("has a sample input and a minimum role for every procedure", () => {
    const missing = procedures.flatMap(({ path }) => [
      ...(SAMPLE_INPUTS[path] ? [] : [`add a sample input for ${path} to SAMPLE_INPUTS`]),
      ...(MIN_ROLE[path] ? [] : [`add a minimum role for ${path} to MIN_ROLE`]),
    ]);
    expect(missing).toEqual([]);
    const known = new Set(procedures.map((p) => p.path));
    const stale = [...new Set([...Object.keys(SAMPLE_INPUTS), ...Object.keys(MIN_ROLE)])].filter(
      (p) => !known.has(p),
    );
    // Entries may be written before their procedure is registered; they only warn.
    if (stale.length) console.warn(`tenancy matrix: no procedure (yet) for ${stale.join(", ")}`);
  });

  it("refuses every non-public procedure without a session (UNAUTHORIZED)", async () => {
    const wrong: string[] = [];
    for (const { path } of procedures) {
      if (MIN_ROLE[path] === "public") continue;
      const outcome = await call(testDb.db, null, path, SAMPLE_INPUTS[path]?.input(ids));
      if (outcome.ok || outcome.code !== "UNAUTHORIZED") wrong.push(`${path}: ${describeOutcome(outcome)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("answers NOT_FOUND to a session that claims organization A without being a member", async () => {
    const own = await seeded.session("admin@other.trustwatch.dev");
    const forged: SessionContext = { ...own, activeOrganizationId: ids.organizationId };
    const wrong: string[] = [];
    for (const { path } of procedures) {
      const minRole = MIN_ROLE[path];
      if (!minRole || minRole === "public" || minRole === "signed-in") continue;
      const outcome = await call(testDb.db, forged, path, SAMPLE_INPUTS[path]?.input(ids));
      if (outcome.ok || outcome.code !== "NOT_FOUND") wrong.push(`${path}: ${describeOutcome(outcome)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("never lets organization B's admin read or change organization A's resources", async () => {
    const before = await snapshotOrganization(testDb.db, ids.organizationId);
    const session = await seeded.session("admin@other.trustwatch.dev");
    const needles = forbiddenStrings(ids);
    const wrong: string[] = [];
    for (const { path } of procedures) {
      const sample = SAMPLE_INPUTS[path];
      if (!sample) continue; // reported by the completeness test
      const outcome = await call(testDb.db, session, path, sample.input(ids));
      if (process.env.TENANCY_DEBUG) console.log(`B → ${path}: ${describeOutcome(outcome)}`);
      if (outcome.ok) {
        const text = JSON.stringify(outcome.value ?? null).toLowerCase();
        const leaked = needles.filter((needle) => text.includes(needle.toLowerCase()));
        if (leaked.length) wrong.push(`${path}: result contains organization A's ${leaked.join(", ")}`);
      } else if (outcome.code === "BAD_REQUEST") {
        wrong.push(`${path}: the sample input is invalid, fix SAMPLE_INPUTS (${outcome.message})`);
      } else if (!["NOT_FOUND", "FORBIDDEN", ...(sample.alsoAllow ?? [])].includes(outcome.code)) {
        wrong.push(`${path}: ${describeOutcome(outcome)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await snapshotOrganization(testDb.db, ids.organizationId)).toEqual(before);
  });

  it("gives FORBIDDEN to every role below a procedure's minimum, and lets the minimum read", async () => {
    const sessions = new Map<Role, SessionContext>();
    for (const role of ROLES) sessions.set(role, await seeded.session(`${role}@demo.trustwatch.dev`));
    const wrong: string[] = [];
    for (const { path, type } of procedures) {
      const minRole = MIN_ROLE[path];
      if (!minRole || minRole === "public" || minRole === "signed-in") continue;
      const input = SAMPLE_INPUTS[path]?.input(ids);
      const rank = ROLES.indexOf(minRole);
      for (const role of ROLES.slice(0, rank)) {
        const outcome = await call(testDb.db, sessions.get(role) ?? null, path, input);
        if (outcome.ok || outcome.code !== "FORBIDDEN")
          wrong.push(`${path} as ${role}: ${describeOutcome(outcome)}`);
      }
      // Queries have no side effects, so the declared minimum can be checked from above too.
      if (type === "query") {
        const outcome = await call(testDb.db, sessions.get(minRole) ?? null, path, input);
        if (!outcome.ok && ["FORBIDDEN", "UNAUTHORIZED"].includes(outcome.code)) {
          wrong.push(`${path} as ${minRole} (declared minimum): ${describeOutcome(outcome)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
