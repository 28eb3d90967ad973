import { forEachFlaggedTrust, workloadTrust } from "../flagged";
import { roleFinding } from "../helpers";
import type { Rule, RuleFinding } from "../types";

const DEFAULT_SESSION_SECONDS = 3600;

export const roleLongSession: Rule = {
  id: "role.long-session",
  title: "Workload role allows sessions longer than the 1-hour default",
  defaultSeverity: "low",
  rationale:
    "Longer sessions keep stolen credentials valid longer; workloads refresh tokens automatically and do not need them.",
  remediationHint: "Set MaxSessionDuration back to 3600 seconds.",
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    forEachFlaggedTrust(ctx, workloadTrust, (role) => {
      if (role.maxSessionDuration <= DEFAULT_SESSION_SECONDS) return;
      out.push(
        roleFinding(
          role,
          "low",
          `${role.name} allows ${role.maxSessionDuration / 3600}-hour sessions`,
          { maxSessionDuration: role.maxSessionDuration },
          null,
        ),
      );
    });
    return out;
  },
};
