import type { CallCounter } from "../clients/call-counter";
import { type AwsCredentials, createEksClient, createIamClient } from "../clients/create-clients";
import type { SharedHttpHandler } from "../clients/shared-http-handler";
import { collectEksRegion } from "./eks";
import { collectOidcProviders } from "./iam-providers";
import { collectRoles } from "./iam-roles";
import type { AccountInventory } from "./types";

export type CollectAccountInput = {
  accountId: string;
  regions: string[];
  credentials: AwsCredentials;
  endpoint?: string;
  counter?: CallCounter;
  /** The worker's connection pool, shared by every account (see SharedHttpHandler). */
  requestHandler?: SharedHttpHandler;
  /** Describe calls in flight per account: AWS rate-limits per account and API. */
  describeConcurrency?: number;
  onProgress?: (phase: string, percent: number) => void | Promise<void>;
};

/**
 * Everything Trustwatch inventories in one account: IAM once (global), then EKS per
 * enabled region. Throws on failures that make the account's inventory unusable (access
 * denied on IAM, throttled past retries); region-level gaps become warnings.
 */
export async function collectAccount(input: CollectAccountInput): Promise<AccountInventory> {
  const options = {
    credentials: input.credentials,
    endpoint: input.endpoint,
    counter: input.counter,
    requestHandler: input.requestHandler,
  };
  const concurrency = input.describeConcurrency ?? 4;
  const iam = createIamClient(options);
  await input.onProgress?.("iam", 5);
  const result: AccountInventory = {
    accountId: input.accountId,
    providers: [],
    roles: [],
    clusters: [],
    identityProviderConfigs: [],
    podIdentityAssociations: [],
    warnings: [],
  };
  // IAM (global) and each region's EKS are independent and throttled by separate buckets
  // (per account and API): run them side by side, so an account costs its longest chain of
  // dependent calls rather than the sum of its services'.
  const collectIam = async () => {
    try {
      [result.providers, result.roles] = await Promise.all([
        collectOidcProviders(iam, input.accountId, concurrency),
        collectRoles(iam, input.accountId),
      ]);
    } finally {
      iam.destroy();
    }
  };
  let done = 0;
  const collectRegion = async (region: string) => {
    const eks = createEksClient(options, region);
    try {
      const r = await collectEksRegion(eks, input.accountId, region, concurrency);
      result.clusters.push(...r.clusters);
      result.identityProviderConfigs.push(...r.identityProviderConfigs);
      result.podIdentityAssociations.push(...r.podIdentityAssociations);
      result.warnings.push(...r.warnings);
    } finally {
      eks.destroy();
    }
    done++;
    await input.onProgress?.(`eks ${region}`, 30 + Math.round((60 * done) / input.regions.length));
  };
  await Promise.all([collectIam(), ...input.regions.map(collectRegion)]);
  // Regions finish in any order: keep the inventory's order stable for callers and tests.
  result.clusters.sort((a, b) => a.arn.localeCompare(b.arn));
  return result;
}
