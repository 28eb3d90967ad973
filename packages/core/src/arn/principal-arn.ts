import { isAccountId, parseArn } from "./parse-arn";

/** An IAM/STS principal identifier, as found in a Principal element or a caller identity. */
export type PrincipalRef =
  | { kind: "account"; partition: string | null; accountId: string }
  | { kind: "role"; partition: string; accountId: string; path: string; name: string }
  | { kind: "user"; partition: string; accountId: string; path: string; name: string }
  | { kind: "assumed-role"; partition: string; accountId: string; roleName: string; sessionName: string }
  | { kind: "federated-user"; partition: string; accountId: string; name: string }
  | { kind: "oidc-provider"; partition: string; accountId: string; url: string }
  | { kind: "saml-provider"; partition: string; accountId: string; name: string }
  | { kind: "other"; value: string };

function splitPathName(rest: string): { path: string; name: string } {
  const idx = rest.lastIndexOf("/");
  return idx < 0
    ? { path: "/", name: rest }
    : { path: `/${rest.slice(0, idx + 1)}`, name: rest.slice(idx + 1) };
}

export function parsePrincipal(value: string): PrincipalRef {
  // A bare 12-digit account id is shorthand for arn:<partition>:iam::<id>:root.
  if (isAccountId(value)) return { kind: "account", partition: null, accountId: value };
  const arn = parseArn(value);
  if (!arn) return { kind: "other", value };
  const { partition, accountId, resource } = arn;
  if (arn.service === "iam") {
    if (resource === "root") return { kind: "account", partition, accountId };
    if (resource.startsWith("role/"))
      return { kind: "role", partition, accountId, ...splitPathName(resource.slice(5)) };
    if (resource.startsWith("user/"))
      return { kind: "user", partition, accountId, ...splitPathName(resource.slice(5)) };
    if (resource.startsWith("oidc-provider/"))
      return { kind: "oidc-provider", partition, accountId, url: resource.slice(14) };
    if (resource.startsWith("saml-provider/"))
      return { kind: "saml-provider", partition, accountId, name: resource.slice(14) };
  }
  if (arn.service === "sts") {
    if (resource.startsWith("assumed-role/")) {
      const [roleName, ...session] = resource.slice(13).split("/");
      if (roleName && session.length > 0) {
        return { kind: "assumed-role", partition, accountId, roleName, sessionName: session.join("/") };
      }
    }
    if (resource.startsWith("federated-user/"))
      return { kind: "federated-user", partition, accountId, name: resource.slice(15) };
  }
  return { kind: "other", value };
}

export function parseRoleArn(
  value: string,
): { partition: string; accountId: string; path: string; name: string } | null {
  const p = parsePrincipal(value);
  return p.kind === "role" ? p : null;
}
