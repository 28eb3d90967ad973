import { accountsRouter } from "./routers/accounts";
import { apiTokensRouter } from "./routers/api-tokens";
import { auditLogRouter } from "./routers/audit-log";
import { clustersRouter } from "./routers/clusters";
import { exceptionsRouter } from "./routers/exceptions";
import { findingsRouter } from "./routers/findings";
import { invitationsRouter } from "./routers/invitations";
import { meRouter } from "./routers/me";
import { membersRouter } from "./routers/members";
import { notificationsRouter } from "./routers/notifications";
import { organizationsRouter } from "./routers/organizations";
import { overviewRouter } from "./routers/overview";
import { podIdentityRouter } from "./routers/pod-identity";
import { providersRouter } from "./routers/providers";
import { remediationRouter } from "./routers/remediation";
import { rolesRouter } from "./routers/roles";
import { scansRouter } from "./routers/scans";
import { schedulesRouter } from "./routers/schedules";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  overview: overviewRouter,
  findings: findingsRouter,
  exceptions: exceptionsRouter,
  roles: rolesRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  apiTokens: apiTokensRouter,
  auditLog: auditLogRouter,
  me: meRouter,
  organizations: organizationsRouter,
  accounts: accountsRouter,
  scans: scansRouter,
  clusters: clustersRouter,
  providers: providersRouter,
  podIdentity: podIdentityRouter,
  remediation: remediationRouter,
  schedules: schedulesRouter,
  notifications: notificationsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
