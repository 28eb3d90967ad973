/** IAM keeps the provider URL without `https://` in the ARN and in GetOpenIDConnectProvider's `Url`. */
export function stripScheme(url: string): string {
  return url.replace(/^https:\/\//i, "");
}

export function providerArn(accountId: string, url: string): string {
  return `arn:aws:iam::${accountId}:oidc-provider/${stripScheme(url)}`;
}

export function roleArn(accountId: string, name: string, path = "/"): string {
  return `arn:aws:iam::${accountId}:role${path}${name}`;
}

export function clusterArn(accountId: string, region: string, name: string): string {
  return `arn:aws:eks:${region}:${accountId}:cluster/${name}`;
}

export function eksIssuerUrl(region: string, issuerId: string): string {
  return `https://oidc.eks.${region}.amazonaws.com/id/${issuerId}`;
}

/** `arn:aws:iam::123456789012:role/path/name` → { accountId, name } (the last path segment). */
export function parseRoleArn(arn: string): { accountId: string; name: string } | undefined {
  const m = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]{1,64})$/.exec(arn);
  if (!m?.[1] || !m[2]) return undefined;
  return { accountId: m[1], name: m[2] };
}

export function parseProviderArn(arn: string): { accountId: string; url: string } | undefined {
  const m = /^arn:aws:iam::(\d{12}):oidc-provider\/(.+)$/.exec(arn);
  if (!m?.[1] || !m[2]) return undefined;
  return { accountId: m[1], url: m[2] };
}
