// Kubernetes projected service-account tokens carry `sub = system:serviceaccount:<ns>:<name>`.
// Namespace and name are DNS labels/subdomains, so neither contains a colon.
const SA_SUBJECT = /^system:serviceaccount:([^:]+):([^:]+)$/;
export const SERVICE_ACCOUNT_PREFIX = "system:serviceaccount:";

export function parseServiceAccountSubject(sub: string): { namespace: string; name: string } | null {
  const m = SA_SUBJECT.exec(sub);
  return m?.[1] && m[2] ? { namespace: m[1], name: m[2] } : null;
}

export function serviceAccountSubject(namespace: string, name: string): string {
  return `${SERVICE_ACCOUNT_PREFIX}${namespace}:${name}`;
}
