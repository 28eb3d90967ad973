import type { FindingFilter, FindingStatus, Severity } from "@trustwatch/db";
import { z } from "zod";

const STATUSES = ["open", "suppressed", "resolved"] as const satisfies readonly FindingStatus[];
const SEVERITIES = ["critical", "high", "medium", "low", "info"] as const satisfies readonly Severity[];

/** `?status=open,resolved&status=suppressed` → ["open", "resolved", "suppressed"]. */
const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .array(z.string())
    .transform((raw) =>
      raw
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).max(20));

const ZFindingsQuery = z.object({
  format: z.enum(["json", "csv"]).default("json"),
  status: list(STATUSES),
  severity: list(SEVERITIES),
  rule: z
    .array(z.string())
    .transform((raw) =>
      raw
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(100)).max(50)),
  cursor: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(500),
});

export type FindingsQuery = {
  format: "json" | "csv";
  filter: FindingFilter;
  cursor: string | null;
  limit: number;
};

/** Parse the export query string; returns the first problem as a message on failure. */
export function parseFindingsQuery(
  url: URL,
): { ok: true; query: FindingsQuery } | { ok: false; message: string } {
  const params = url.searchParams;
  const one = (key: string) => params.get(key) ?? undefined;
  const parsed = ZFindingsQuery.safeParse({
    format: one("format"),
    status: params.getAll("status"),
    severity: params.getAll("severity"),
    rule: params.getAll("rule"),
    cursor: one("cursor"),
    limit: one("limit"),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `Invalid query ${issue?.path.join(".") || ""}: ${issue?.message ?? "invalid"}`,
    };
  }
  const q = parsed.data;
  return {
    ok: true,
    query: {
      format: q.format,
      cursor: q.cursor ?? null,
      limit: q.limit,
      filter: {
        ...(q.status.length ? { status: q.status } : {}),
        ...(q.severity.length ? { severity: q.severity } : {}),
        ...(q.rule.length ? { ruleId: q.rule } : {}),
      },
    },
  };
}
