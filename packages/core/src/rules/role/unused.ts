import { forEachFlaggedTrust, workloadTrust } from "../flagged";
import { DAY_MS, roleFinding } from "../helpers";
import type { Rule, RuleFinding } from "../types";

const UNUSED_DAYS = 90;

export const roleUnused: Rule = {
  id: "role.unused",
  title: "Workload role not used for 90 days",
  defaultSeverity: "low",
  rationale: "An unused role trusted by an OIDC provider or Pod Identity is standing access nobody needs.",
  remediationHint: "Delete the role, or remove its federated trust, after checking with the owner.",
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    const cutoff = ctx.now.getTime() - UNUSED_DAYS * DAY_MS;
    forEachFlaggedTrust(ctx, workloadTrust, (role) => {
      // RoleLastUsed only tracks the last 400 days; null with an old createdAt means never used.
      const last = role.lastUsedAt?.getTime() ?? null;
      const unused =
        last !== null ? last < cutoff : role.createdAt !== null && role.createdAt.getTime() < cutoff;
      if (!unused) return;
      out.push(
        roleFinding(
          role,
          "low",
          `${role.name} not used for ${UNUSED_DAYS}+ days`,
          {
            lastUsedAt: role.lastUsedAt?.toISOString() ?? null,
            createdAt: role.createdAt?.toISOString() ?? null,
          },
          null,
        ),
      );
    });
    return out;
  },
};
