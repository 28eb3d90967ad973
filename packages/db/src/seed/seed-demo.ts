import type { Db } from "../client";
import type { MemberRole } from "../generated/prisma/enums";

/** The login the quick start prints; demo data only, never a production account. */
export const DEMO_LOGIN = { email: "admin@demo.trustwatch.dev", password: "trustwatch-demo-1" } as const;

export type SeedAccount = {
  accountId: string;
  name: string;
  regions: string[];
  auditRoleArn: string;
  remediationRoleArn?: string | null;
};

export type SeedOptions = {
  /** better-auth's hashPassword, passed in so this package stays free of auth code. */
  hashPassword: (password: string) => Promise<string>;
  /** AWS accounts to register for the demo organization (e.g. the sandbox's demo scenario). */
  accounts?: SeedAccount[];
  /** ExternalId the demo organization's roles require (the sandbox demo scenario's). */
  externalId?: string;
  /** Enables AWS Organizations discovery from this management role. */
  managementRoleArn?: string | null;
};

type SeedUser = { email: string; name: string; role: MemberRole; org: "demo" | "other" };

const USERS: SeedUser[] = [
  { email: DEMO_LOGIN.email, name: "Ada Admin", role: "admin", org: "demo" },
  { email: "analyst@demo.trustwatch.dev", name: "Sam Analyst", role: "analyst", org: "demo" },
  { email: "approver@demo.trustwatch.dev", name: "Pat Approver", role: "approver", org: "demo" },
  { email: "viewer@demo.trustwatch.dev", name: "Val Viewer", role: "viewer", org: "demo" },
  { email: "admin@other.trustwatch.dev", name: "Olga Other", role: "admin", org: "other" },
];

/**
 * Seed the demo organization ("Demo Corp") and a second tenant ("Other Corp") used to show
 * isolation. Idempotent: re-running updates rows in place and never duplicates.
 */
export async function seedDemo(db: Db, options: SeedOptions) {
  const demo = await db.organization.upsert({
    where: { slug: "demo" },
    create: {
      name: "Demo Corp",
      slug: "demo",
      externalId: options.externalId ?? "tw-demo-external-id",
      discoveryEnabled: Boolean(options.managementRoleArn),
      managementRoleArn: options.managementRoleArn ?? null,
    },
    update: {
      ...(options.externalId ? { externalId: options.externalId } : {}),
      ...(options.managementRoleArn !== undefined
        ? {
            managementRoleArn: options.managementRoleArn,
            discoveryEnabled: Boolean(options.managementRoleArn),
          }
        : {}),
    },
  });
  const other = await db.organization.upsert({
    where: { slug: "other" },
    create: { name: "Other Corp", slug: "other", externalId: "tw-other-external-id" },
    update: {},
  });
  const orgIds = { demo: demo.id, other: other.id };

  const passwordHash = await options.hashPassword(DEMO_LOGIN.password);
  for (const seedUser of USERS) {
    const userId = `seed-${seedUser.email.split("@")[0]}-${seedUser.org}`;
    await db.user.upsert({
      where: { email: seedUser.email },
      create: { id: userId, email: seedUser.email, name: seedUser.name, emailVerified: true },
      update: { name: seedUser.name },
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: seedUser.email } });
    const credential = await db.authAccount.findFirst({
      where: { userId: user.id, providerId: "credential" },
    });
    if (credential) {
      await db.authAccount.update({ where: { id: credential.id }, data: { password: passwordHash } });
    } else {
      await db.authAccount.create({
        data: {
          id: `cred-${user.id}`,
          userId: user.id,
          accountId: user.id,
          providerId: "credential",
          password: passwordHash,
        },
      });
    }
    await db.member.upsert({
      where: { organizationId_userId: { organizationId: orgIds[seedUser.org], userId: user.id } },
      create: { organizationId: orgIds[seedUser.org], userId: user.id, role: seedUser.role },
      update: { role: seedUser.role },
    });
  }

  for (const account of options.accounts ?? []) {
    await db.awsAccount.upsert({
      where: { organizationId_accountId: { organizationId: demo.id, accountId: account.accountId } },
      create: {
        organizationId: demo.id,
        accountId: account.accountId,
        name: account.name,
        regions: account.regions,
        auditRoleArn: account.auditRoleArn,
        remediationRoleArn: account.remediationRoleArn ?? null,
      },
      update: {
        name: account.name,
        regions: account.regions,
        auditRoleArn: account.auditRoleArn,
        remediationRoleArn: account.remediationRoleArn ?? null,
      },
    });
  }

  return {
    organizationId: demo.id,
    otherOrganizationId: other.id,
    users: USERS.map((u) => ({ email: u.email, password: DEMO_LOGIN.password, role: u.role, org: u.org })),
  };
}
