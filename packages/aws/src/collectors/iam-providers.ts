import {
  GetOpenIDConnectProviderCommand,
  type IAMClient,
  ListOpenIDConnectProvidersCommand,
} from "@aws-sdk/client-iam";
import type { Inventory } from "@trustwatch/core";
import { mapWithConcurrency } from "../util/concurrency";

type Provider = Inventory["providers"][number];

/**
 * IAM OIDC providers: ListOpenIDConnectProviders returns ARNs only (no paging), so each
 * provider costs one GetOpenIDConnectProvider for its URL, client ids, thumbprints and tags.
 */
export async function collectOidcProviders(
  iam: IAMClient,
  accountId: string,
  concurrency = 4,
): Promise<Provider[]> {
  const list = await iam.send(new ListOpenIDConnectProvidersCommand({}));
  const arns = (list.OpenIDConnectProviderList ?? []).flatMap((p) => (p.Arn ? [p.Arn] : []));
  return mapWithConcurrency(arns, concurrency, async (arn) => {
    const p = await iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
    return {
      arn,
      accountId,
      // IAM stores the URL without its scheme; normalise in case an endpoint returns one.
      url: (p.Url ?? arn.split(":oidc-provider/")[1] ?? "").replace(/^https:\/\//, ""),
      clientIds: p.ClientIDList ?? [],
      thumbprints: (p.ThumbprintList ?? []).map((t) => t.toLowerCase()),
      tags: Object.fromEntries((p.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""])),
      createdAt: p.CreateDate ?? null,
    };
  });
}
