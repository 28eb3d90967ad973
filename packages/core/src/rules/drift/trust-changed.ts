import { trustChanges } from "../../drift/diff";
import { sha1Hex } from "../../hash/sha1";
import { stableStringify } from "../../util/json";
import { roleFinding } from "../helpers";
import type { Rule, RuleFinding } from "../types";

export const driftTrustChanged: Rule = {
  id: "drift.trust-changed",
  title: "A role's trust widened since the last scan",
  defaultSeverity: "medium",
  rationale:
    "Someone can assume the role now who could not before; unreviewed widening is how backdoors are planted.",
  remediationHint: "Review the change with the role owner; revert it if it was not intended.",
  evaluate(ctx) {
    if (!ctx.previous) return [];
    const out: RuleFinding[] = [];
    for (const change of trustChanges(ctx.previous, ctx.inventory)) {
      if (!change.widened) continue;
      const role = ctx.index.rolesByArn.get(change.roleArn);
      if (!role) continue;
      out.push(
        roleFinding(
          role,
          "medium",
          `Trust of ${role.name} widened`,
          { change: change.change, before: change.before, after: change.after },
          {
            // The same widening keeps its fingerprint; a different new trust is a new finding.
            after: sha1Hex(stableStringify(change.after)),
          },
        ),
      );
    }
    return out;
  },
};
