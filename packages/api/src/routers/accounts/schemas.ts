import { z } from "zod";

export const ZAccountStatus = z.enum(["pending", "active", "error", "disabled"]);

export const ZAccount = z.object({
  id: z.string(),
  accountId: z.string(),
  name: z.string(),
  auditRoleArn: z.string(),
  remediationRoleArn: z.string().nullable(),
  regions: z.array(z.string()),
  status: ZAccountStatus,
  lastError: z.string().nullable(),
  source: z.string(),
  lastScanAt: z.date().nullable(),
  lastGoodScanAt: z.date().nullable(),
  createdAt: z.date(),
});
export type Account = z.infer<typeof ZAccount>;

type AccountRow = Account & { externalId?: string | null; organizationId?: string; updatedAt?: Date };

/** Strip what the client does not need (a per-account ExternalId override is never echoed). */
export function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    accountId: row.accountId,
    name: row.name,
    auditRoleArn: row.auditRoleArn,
    remediationRoleArn: row.remediationRoleArn,
    regions: row.regions,
    status: row.status,
    lastError: row.lastError,
    source: row.source,
    lastScanAt: row.lastScanAt,
    lastGoodScanAt: row.lastGoodScanAt,
    createdAt: row.createdAt,
  };
}

export const ZAccountRef = z.object({ id: z.string().min(1).max(64) });
