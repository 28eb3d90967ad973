import { StatusPill, toneOfStatus } from "@/components/ui/status-pill";

const LABELS: Record<string, string> = {
  present: "provider present",
  missing: "provider missing",
  "thumbprint-drift": "thumbprint drift",
  "audience-drift": "audience drift",
  "no-issuer": "no OIDC issuer",
};

export function ProviderStatusPill({ status }: { status: string }) {
  return (
    <StatusPill tone={toneOfStatus(status)} testId="provider-status">
      {LABELS[status] ?? status}
    </StatusPill>
  );
}
