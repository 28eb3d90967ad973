// Trust policy builders shared by the table-driven tests and the benchmark.
export const ACCOUNT = "111122223333";
export const EKS_ISSUER = "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
export const OTHER_EKS_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/0THER000000000000000000000000000";
export const EKS_PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/${EKS_ISSUER}`;
export const GITHUB_ISSUER = "token.actions.githubusercontent.com";
export const GITHUB_PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/${GITHUB_ISSUER}`;

export type Conditions = Record<string, Record<string, string | string[]>>;

export function webIdentityStatement(
  provider: string,
  condition?: Conditions,
  effect: "Allow" | "Deny" = "Allow",
) {
  return {
    Effect: effect,
    Principal: { Federated: provider },
    Action: "sts:AssumeRoleWithWebIdentity",
    ...(condition ? { Condition: condition } : {}),
  };
}

export function policy(...statements: unknown[]): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: statements });
}

/** The trust eksctl / the EKS console writes for an IRSA role. */
export function irsaPolicy(
  namespace: string,
  sa: string,
  issuer = EKS_ISSUER,
  provider = EKS_PROVIDER,
): string {
  return policy(
    webIdentityStatement(provider, {
      StringEquals: {
        [`${issuer}:sub`]: `system:serviceaccount:${namespace}:${sa}`,
        [`${issuer}:aud`]: "sts.amazonaws.com",
      },
    }),
  );
}

export function podIdentityPolicy(condition?: Conditions): string {
  return policy({
    Effect: "Allow",
    Principal: { Service: "pods.eks.amazonaws.com" },
    Action: ["sts:AssumeRole", "sts:TagSession"],
    ...(condition ? { Condition: condition } : {}),
  });
}
