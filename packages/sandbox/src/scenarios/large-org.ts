import { createHash } from "node:crypto";
import { eksIssuerUrl, providerArn, stripScheme } from "../state/arns";
import {
  awsPrincipal,
  daysAgo,
  irsa,
  podIdentity,
  policy,
  role,
  STS_AUDIENCE,
  trustwatchRoles,
  webIdentity,
} from "./policies";
import {
  SANDBOX_CA_THUMBPRINT,
  type Scenario,
  type ScenarioAccount,
  type ScenarioCluster,
  type ScenarioRole,
} from "./types";

export type LargeOrgOptions = {
  accounts: number;
  regionsPerAccount: number;
  clustersPerRegion: number;
  rolesPerAccount: number;
  seed?: number;
  externalId?: string;
  /** Reference time for created/last-used dates (default: 2025-06-01), so a seed fully fixes the output. */
  now?: Date;
};

const REGIONS = ["us-east-1", "eu-west-1", "us-west-2", "eu-central-1", "ap-southeast-1", "ap-northeast-1"];
export const LARGE_ORG_EXTERNAL_ID = "trustwatch-bench-0b5e2c";

/** mulberry32: a tiny deterministic PRNG so a seed always yields the same organization. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function issuerId(seed: string): string {
  return createHash("md5").update(seed).digest("hex").toUpperCase();
}

/** Mostly safe roles with a realistic sprinkling of risky trust, so benchmarks evaluate every code path. */
function workloadRole(
  acct: string,
  n: number,
  cluster: ScenarioCluster,
  random: () => number,
  created: string,
  now: Date,
): ScenarioRole {
  const url = eksIssuerUrl(cluster.region, cluster.issuerId);
  const p = providerArn(acct, url);
  const key = stripScheme(url);
  const ns = `team-${n % 17}`;
  const r = random();
  let trust: string;
  if (r < 0.6) trust = policy(irsa(p, url, `system:serviceaccount:${ns}:app-${n}`));
  else if (r < 0.68)
    trust = policy(
      webIdentity(p, {
        StringLike: { [`${key}:sub`]: `system:serviceaccount:${ns}:*` },
        StringEquals: { [`${key}:aud`]: STS_AUDIENCE },
      }),
    );
  else if (r < 0.72) trust = policy(webIdentity(p, { StringEquals: { [`${key}:aud`]: STS_AUDIENCE } }));
  else if (r < 0.74) trust = policy(webIdentity(p));
  else if (r < 0.8) trust = policy(irsa(p, url, `system:serviceaccount:${ns}:app-${n}`, false));
  else if (r < 0.9)
    trust = policy(
      podIdentity(r < 0.85 ? { StringEquals: { "aws:RequestTag/kubernetes-namespace": ns } } : undefined),
    );
  else trust = policy(awsPrincipal(`arn:aws:iam::${acct}:root`));
  const used = random();
  return role(`workload-${String(n).padStart(3, "0")}`, trust, created, {
    maxSessionDuration: random() < 0.05 ? 43200 : 3600,
    lastUsed: used < 0.85 ? { date: daysAgo(Math.floor(used * 60), now), region: cluster.region } : undefined,
    attachedPolicyArns:
      random() < 0.03
        ? ["arn:aws:iam::aws:policy/AdministratorAccess"]
        : ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"],
  });
}

function account(i: number, opts: LargeOrgOptions, externalId: string, now: Date): ScenarioAccount {
  // One PRNG per account: account i is the same whatever the size of the organization.
  const random = prng(((opts.seed ?? 1) * 100_003 + i) >>> 0);
  const id = String(500_000_000_000 + i);
  const created = daysAgo(365, now);
  const regions = REGIONS.slice(0, Math.max(1, Math.min(opts.regionsPerAccount, REGIONS.length)));
  const clusters: ScenarioCluster[] = regions.flatMap((region) =>
    Array.from({ length: opts.clustersPerRegion }, (_, k) => ({
      name: `c${k}-${region}`,
      region,
      version: "1.31",
      status: "ACTIVE" as const,
      issuerId: issuerId(`${opts.seed ?? 0}/${id}/${region}/${k}`),
      authenticationMode: "API" as const,
      createdAt: created,
      podIdentityAssociations: [],
      identityProviderConfigs: [],
    })),
  );
  // ~5% of clusters have no IAM provider; ~5% of providers carry a stale thumbprint.
  const providers = clusters
    .filter(() => random() >= 0.05)
    .map((c) => ({
      url: eksIssuerUrl(c.region, c.issuerId),
      clientIds: [STS_AUDIENCE],
      thumbprints: [random() < 0.05 ? "9e99a48a9960b14926bb7f3b02e22da2b0ab7280" : SANDBOX_CA_THUMBPRINT],
      createdAt: created,
    }));
  const roles = trustwatchRoles(externalId, created);
  for (let n = 0; n < opts.rolesPerAccount; n++) {
    const cluster = clusters[n % Math.max(1, clusters.length)];
    if (cluster) roles.push(workloadRole(id, n, cluster, random, created, now));
  }
  return {
    id,
    name: `account-${String(i).padStart(4, "0")}`,
    email: `aws+${id}@bench.example.com`,
    regions,
    providers,
    roles,
    clusters,
  };
}

/** A benchmark organization: account 0 is the management account, all others are members. */
export function generateLargeOrg(opts: LargeOrgOptions): Scenario {
  const externalId = opts.externalId ?? LARGE_ORG_EXTERNAL_ID;
  const now = opts.now ?? new Date("2025-06-01T00:00:00Z");
  const accounts = Array.from({ length: opts.accounts }, (_, i) => account(i, opts, externalId, now));
  const [management, ...members] = accounts;
  return {
    name: "large-org",
    externalId,
    organization: management && {
      id: "o-bench00000",
      managementAccountId: management.id,
      managementEmail: management.email,
      memberAccountIds: members.map((a) => a.id),
    },
    accounts,
    issuers: [],
  };
}
