import { randomBytes } from "node:crypto";
import type { Db } from "../client";

/** A fresh ExternalId: unguessable, so another Trustwatch tenant cannot present ours. */
export function generateExternalId(): string {
  return `tw-${randomBytes(16).toString("hex")}`;
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
}

export async function createOrganization(
  db: Db,
  input: { name: string; slug?: string; externalId?: string },
) {
  const slug = input.slug ?? slugify(input.name);
  if (!slug) throw new Error("organization name must contain letters or digits");
  return db.organization.create({
    data: { name: input.name, slug, externalId: input.externalId ?? generateExternalId() },
  });
}

/** Resolve an organization by id or slug (CLI and automation address tenants by slug). */
export async function findOrganization(db: Db, idOrSlug: string) {
  return db.organization.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] } });
}

export async function listAllOrganizations(db: Db) {
  return db.organization.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true, externalId: true },
  });
}

export async function setOrganizationDiscovery(
  db: Db,
  organizationId: string,
  managementRoleArn: string | null,
) {
  return db.organization.update({
    where: { id: organizationId },
    data: { managementRoleArn, discoveryEnabled: Boolean(managementRoleArn) },
  });
}
