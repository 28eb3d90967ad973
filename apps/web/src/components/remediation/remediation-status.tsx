import { type PillTone, StatusPill } from "@/components/ui/status-pill";

const TONES: Record<string, PillTone> = {
  pending: "amber",
  approved: "violet",
  running: "sky",
  succeeded: "green",
  failed: "red",
  stale: "slate",
  rejected: "slate",
};

export function RemediationStatusPill({ status }: { status: string }) {
  return (
    <StatusPill tone={TONES[status] ?? "slate"} testId="remediation-status">
      {status}
    </StatusPill>
  );
}

/** Plain words for the planner kinds. */
export const KIND_LABELS: Record<string, string> = {
  "trust.tighten-sub": "Tighten sub",
  "trust.add-aud": "Add aud condition",
  "trust.remove-dangling-provider": "Remove dangling trust",
  "provider.set-thumbprint": "Set thumbprint",
  "provider.fix-audiences": "Fix audiences",
  "provider.create": "Create provider",
  "provider.delete": "Delete provider",
  rollback: "Rollback",
};
