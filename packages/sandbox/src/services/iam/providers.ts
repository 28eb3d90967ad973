import { AwsError, validationError } from "../../errors";
import type { Tag } from "../../scenarios/types";
import { parseProviderArn, providerArn, stripScheme } from "../../state/arns";
import type { AccountState, ProviderState } from "../../state/types";
import { el, members, stringMembers, tagMembers } from "../../xml";
import { listParam, required, tagsParam } from "./params";
import type { IamAction } from "./types";

/** IAM quota "OpenId connect providers per account": 100. */
export const MAX_PROVIDERS_PER_ACCOUNT = 100;
const THUMBPRINT = /^[0-9a-fA-F]{40}$/;

function findProvider(account: AccountState, arn: string): ProviderState {
  const parsed = parseProviderArn(arn);
  if (!parsed) throw new AwsError("InvalidInput", 400, `ARN ${arn} is not valid.`);
  const provider = parsed.accountId === account.id ? account.providers.get(arn) : undefined;
  if (!provider) throw new AwsError("NoSuchEntity", 404, `OpenIDConnect Provider not found for arn ${arn}`);
  return provider;
}

/** Thumbprints: each exactly 40 characters (model constraint → ValidationError), hex, at most five. */
function validateThumbprints(thumbprints: string[]): void {
  if (thumbprints.length > 5) {
    throw validationError(
      "thumbprintList",
      `[${thumbprints.join(", ")}]`,
      "Member must have length less than or equal to 5",
    );
  }
  for (const t of thumbprints) {
    if (t.length !== 40) {
      throw validationError(
        "thumbprintList",
        `[${thumbprints.join(", ")}]`,
        "Member must satisfy constraint: [Member must have length less than or equal to 40, Member must have length greater than or equal to 40]",
      );
    }
    if (!THUMBPRINT.test(t))
      throw new AwsError(
        "InvalidInput",
        400,
        `Thumbprint ${t} is not a valid hexadecimal SHA-1 fingerprint.`,
      );
  }
}

function validateClientId(id: string): void {
  if (id.length < 1 || id.length > 255) {
    throw validationError("clientIDList", id, "Member must have length between 1 and 255");
  }
}

function validateTags(tags: Tag[]): void {
  if (tags.length > 50)
    throw new AwsError("LimitExceeded", 409, "The number of tags has reached the maximum limit.");
}

const create: IamAction = ({ params, account, req }) => {
  const url = required(params, "Url");
  if (url.length > 255)
    throw validationError("url", url, "Member must have length less than or equal to 255");
  const clientIds = listParam(params, "ClientIDList") ?? [];
  const thumbprints = (listParam(params, "ThumbprintList") ?? []).map((t) => t.toLowerCase());
  const tags = tagsParam(params);
  validateThumbprints(thumbprints);
  clientIds.forEach(validateClientId);
  validateTags(tags);
  if (!/^https:\/\/[^/?#\s]+(\/[^?#\s]*)?$/i.test(url)) {
    throw new AwsError(
      "InvalidInput",
      400,
      `Invalid URL: ${url}. The URL must begin with https:// and have no query or fragment.`,
    );
  }
  const arn = providerArn(account.id, url.replace(/\/+$/, ""));
  if ([...account.providers.keys()].some((k) => k.toLowerCase() === arn.toLowerCase())) {
    throw new AwsError("EntityAlreadyExists", 409, `Provider with url ${url} already exists.`);
  }
  if (account.providers.size >= MAX_PROVIDERS_PER_ACCOUNT) {
    throw new AwsError(
      "LimitExceeded",
      409,
      `Cannot exceed quota for OpenIdConnectProvidersPerAccount: ${MAX_PROVIDERS_PER_ACCOUNT}`,
    );
  }
  account.providers.set(arn, {
    arn,
    url: url.replace(/\/+$/, ""),
    clientIds: [...new Set(clientIds)],
    thumbprints,
    createdAt: req.now.toISOString(),
    tags,
  });
  return el("OpenIDConnectProviderArn", arn) + tagMembers("Tags", tags);
};

const list: IamAction = ({ account }) =>
  members("OpenIDConnectProviderList", [...account.providers.keys()], (arn) => el("Arn", arn));

const get: IamAction = ({ params, account }) => {
  const p = findProvider(account, required(params, "OpenIDConnectProviderArn"));
  return (
    el("Url", stripScheme(p.url)) +
    stringMembers("ClientIDList", p.clientIds) +
    stringMembers("ThumbprintList", p.thumbprints) +
    el("CreateDate", p.createdAt) +
    tagMembers("Tags", p.tags ?? [])
  );
};

const updateThumbprint: IamAction = ({ params, account }) => {
  const p = findProvider(account, required(params, "OpenIDConnectProviderArn"));
  const thumbprints = (listParam(params, "ThumbprintList") ?? []).map((t) => t.toLowerCase());
  validateThumbprints(thumbprints);
  p.thumbprints = thumbprints;
  return null;
};

const addClientId: IamAction = ({ params, account }) => {
  const p = findProvider(account, required(params, "OpenIDConnectProviderArn"));
  const id = required(params, "ClientID");
  validateClientId(id);
  // Adding an existing client id is a no-op in IAM, not an error.
  if (!p.clientIds.includes(id)) {
    if (p.clientIds.length >= 100)
      throw new AwsError(
        "LimitExceeded",
        409,
        "Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: 100",
      );
    p.clientIds.push(id);
  }
  return null;
};

const removeClientId: IamAction = ({ params, account }) => {
  const p = findProvider(account, required(params, "OpenIDConnectProviderArn"));
  const id = required(params, "ClientID");
  // Removing a client id that is not there succeeds silently (RemoveClientIDFromOpenIDConnectProvider).
  p.clientIds = p.clientIds.filter((c) => c !== id);
  return null;
};

const tag: IamAction = ({ params, account }) => {
  const p = findProvider(account, required(params, "OpenIDConnectProviderArn"));
  const merged = new Map((p.tags ?? []).map((t) => [t.key, t.value]));
  for (const t of tagsParam(params)) merged.set(t.key, t.value);
  const tags = [...merged].map(([key, value]) => ({ key, value }));
  validateTags(tags);
  p.tags = tags;
  return null;
};

const untag: IamAction = ({ params, account }) => {
  const p = findProvider(account, required(params, "OpenIDConnectProviderArn"));
  const keys = new Set(listParam(params, "TagKeys") ?? []);
  p.tags = (p.tags ?? []).filter((t) => !keys.has(t.key));
  return null;
};

const listTags: IamAction = ({ params, account }) => {
  const p = findProvider(account, required(params, "OpenIDConnectProviderArn"));
  return `${tagMembers("Tags", p.tags ?? [])}<IsTruncated>false</IsTruncated>`;
};

const remove: IamAction = ({ params, account }) => {
  const p = findProvider(account, required(params, "OpenIDConnectProviderArn"));
  account.providers.delete(p.arn);
  return null;
};

export const providerActions: Record<string, IamAction> = {
  CreateOpenIDConnectProvider: create,
  ListOpenIDConnectProviders: list,
  GetOpenIDConnectProvider: get,
  UpdateOpenIDConnectProviderThumbprint: updateThumbprint,
  AddClientIDToOpenIDConnectProvider: addClientId,
  RemoveClientIDFromOpenIDConnectProvider: removeClientId,
  TagOpenIDConnectProvider: tag,
  UntagOpenIDConnectProvider: untag,
  ListOpenIDConnectProviderTags: listTags,
  DeleteOpenIDConnectProvider: remove,
};
