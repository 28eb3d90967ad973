// Benchmark: `evaluate` over 50,000 generated roles (deterministic, seeded).
// Run: npx tsx bench/analyze-roles.bench.ts [roles] [--warmup]
// For comparable figures run it on one core (`taskset -c 0 npx tsx …`), several times: parallel
// GC and compiler threads would otherwise hide their cost, and a busy machine inflates wall time.
// --warmup first evaluates a 5,000-role slice so the timed run measures JIT-compiled code, as in
// a long-running worker; without it the figure includes V8 warm-up.
import { evaluate, type Inventory, type Role } from "../src/index";

const ROLES = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 50_000);
const WARMUP = process.argv.includes("--warmup");
const ACCOUNTS = 50;
const CLUSTERS_PER_ACCOUNT = 4;

// mulberry32: tiny seeded PRNG so every run benchmarks the same inventory.
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const acct = (i: number) => String(100000000000 + i);
const hex = (n: number) =>
  Array.from({ length: n }, () => "0123456789ABCDEF"[Math.floor(rand() * 16)]).join("");

function generate(): Inventory {
  const inv: Inventory = {
    accounts: [],
    providers: [],
    clusters: [],
    identityProviderConfigs: [],
    issuers: [],
    roles: [],
    podIdentityAssociations: [],
  };
  const issuersByAccount: string[][] = [];
  const now = new Date("2026-03-01T00:00:00Z");
  for (let a = 0; a < ACCOUNTS; a++) {
    const id = acct(a);
    inv.accounts.push({ accountId: id, name: `account-${a}` });
    const issuers: string[] = [];
    for (let c = 0; c < CLUSTERS_PER_ACCOUNT; c++) {
      const issuer = `oidc.eks.us-east-1.amazonaws.com/id/${hex(32)}`;
      issuers.push(issuer);
      // ~5% of providers are orphaned (their cluster was deleted).
      if (rand() > 0.05) {
        inv.clusters.push({
          arn: `arn:aws:eks:us-east-1:${id}:cluster/c${c}`,
          accountId: id,
          region: "us-east-1",
          name: `c${c}`,
          issuerUrl: `https://${issuer}`,
          version: "1.31",
          status: "ACTIVE",
          authenticationMode: "API",
        });
      }
      inv.providers.push({
        arn: `arn:aws:iam::${id}:oidc-provider/${issuer}`,
        accountId: id,
        url: issuer,
        clientIds: ["sts.amazonaws.com"],
        thumbprints: ["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"],
        tags: {},
        createdAt: now,
      });
      inv.issuers.push({
        url: `https://${issuer}`,
        reachable: true,
        error: null,
        discoveryIssuer: `https://${issuer}`,
        jwksUri: `https://${issuer}/keys`,
        keys: [{ kid: hex(8), firstSeen: new Date(now.getTime() - rand() * 30 * 86_400_000), lastSeen: now }],
        topIntermediateThumbprint: "9e99a48a9960b14926bb7f3b02e22da2b0ab7280",
        certificateExpiresAt: null,
        trustedByPublicCa: true,
        probedAt: now,
      });
    }
    inv.providers.push({
      arn: `arn:aws:iam::${id}:oidc-provider/token.actions.githubusercontent.com`,
      accountId: id,
      url: "token.actions.githubusercontent.com",
      clientIds: ["sts.amazonaws.com"],
      thumbprints: [],
      tags: {},
      createdAt: now,
    });
    issuersByAccount.push(issuers);
  }
  for (let i = 0; i < ROLES; i++) {
    const a = i % ACCOUNTS;
    const id = acct(a);
    const issuer = pick(issuersByAccount[a] ?? []);
    const provider = `arn:aws:iam::${id}:oidc-provider/${issuer}`;
    const ns = pick(["payments", "checkout", "ops", "data", "web", "kube-system"]);
    const sa = pick(["api", "worker", "default", "cron", "ingest"]);
    const web = (cond?: unknown) => ({
      Effect: "Allow",
      Principal: { Federated: provider },
      Action: "sts:AssumeRoleWithWebIdentity",
      ...(cond ? { Condition: cond } : {}),
    });
    const r = rand();
    let statements: unknown[];
    if (r < 0.45)
      statements = [
        web({
          StringEquals: {
            [`${issuer}:sub`]: `system:serviceaccount:${ns}:${sa}`,
            [`${issuer}:aud`]: "sts.amazonaws.com",
          },
        }),
      ];
    else if (r < 0.55)
      statements = [
        web({
          StringLike: { [`${issuer}:sub`]: `system:serviceaccount:${ns}:*` },
          StringEquals: { [`${issuer}:aud`]: "sts.amazonaws.com" },
        }),
      ];
    else if (r < 0.6) statements = [web({ StringEquals: { [`${issuer}:aud`]: "sts.amazonaws.com" } })];
    else if (r < 0.62) statements = [web()];
    else if (r < 0.77)
      statements = [
        {
          Effect: "Allow",
          Principal: { Service: "pods.eks.amazonaws.com" },
          Action: ["sts:AssumeRole", "sts:TagSession"],
          ...(rand() < 0.5 ? { Condition: { StringEquals: { "aws:SourceAccount": id } } } : {}),
        },
      ];
    else if (r < 0.82) {
      const gh = `arn:aws:iam::${id}:oidc-provider/token.actions.githubusercontent.com`;
      statements = [
        {
          Effect: "Allow",
          Principal: { Federated: gh },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: {
            StringLike: {
              "token.actions.githubusercontent.com:sub": pick([
                "repo:acme/app:*",
                "repo:acme/*",
                "repo:acme/app:ref:refs/heads/main",
              ]),
            },
            StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
          },
        },
      ];
    } else if (r < 0.95)
      statements = [
        {
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${acct((a + 1) % ACCOUNTS)}:root` },
          Action: "sts:AssumeRole",
          Condition: { StringEquals: { "sts:ExternalId": hex(12) } },
        },
      ];
    else {
      statements = [
        web({ StringLike: { [`${issuer}:sub`]: "system:serviceaccount:*" } }),
        {
          Effect: "Deny",
          Principal: { Federated: provider },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: { StringLike: { [`${issuer}:sub`]: "system:serviceaccount:kube-system:*" } },
        },
      ];
    }
    const doc = JSON.stringify({ Version: "2012-10-17", Statement: statements });
    const role: Role = {
      arn: `arn:aws:iam::${id}:role/workload-${i}`,
      accountId: id,
      name: `workload-${i}`,
      path: "/",
      trustPolicy: rand() < 0.5 ? encodeURIComponent(doc) : doc,
      attachedPolicies:
        rand() < 0.03
          ? [
              {
                arn: "arn:aws:iam::aws:policy/AdministratorAccess",
                name: "AdministratorAccess",
                document: null,
              },
            ]
          : [],
      inlinePolicies:
        rand() < 0.3
          ? [
              {
                name: "app",
                document: JSON.stringify({
                  Version: "2012-10-17",
                  Statement: [
                    {
                      Effect: "Allow",
                      Action: ["s3:GetObject", "s3:PutObject"],
                      Resource: `arn:aws:s3:::bucket-${i}/*`,
                    },
                  ],
                }),
              },
            ]
          : [],
      maxSessionDuration: rand() < 0.1 ? 43200 : 3600,
      lastUsedAt: rand() < 0.2 ? null : new Date(now.getTime() - rand() * 200 * 86_400_000),
      createdAt: new Date(now.getTime() - 400 * 86_400_000),
    };
    inv.roles.push(role);
  }
  return inv;
}

let peakRss = process.memoryUsage().rss;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const inventory = generate();
sample();
if (WARMUP)
  evaluate(
    { ...inventory, roles: inventory.roles.slice(0, 5_000) },
    { now: new Date("2026-03-01T00:00:00Z") },
  );
const start = performance.now();
const cpuStart = process.cpuUsage();
const findings = evaluate(inventory, { now: new Date("2026-03-01T00:00:00Z") });
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
// CPU time is what one core spends; wall time also counts waiting on a busy machine.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
sample();
const maxRssKb = process.resourceUsage().maxRSS;
const byRule = new Map<string, number>();
for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
console.log(
  `roles: ${inventory.roles.length}, findings: ${findings.length}${WARMUP ? " (after warm-up)" : " (cold start)"}`,
);
const perSecond = (s: number) => Math.round(inventory.roles.length / s).toLocaleString("en-US");
console.log(
  `evaluate: ${seconds.toFixed(3)} s wall, ${cpuSeconds.toFixed(3)} s CPU, ${perSecond(seconds)} roles/s (wall), ${perSecond(cpuSeconds)} roles/s (CPU)`,
);
console.log(`peak RSS: ${Math.round(Math.max(peakRss / 1024, maxRssKb) / 1024)} MiB`);
console.log(
  [...byRule]
    .sort()
    .map(([k, v]) => `  ${k}: ${v}`)
    .join("\n"),
);
