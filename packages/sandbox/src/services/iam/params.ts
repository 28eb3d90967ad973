import { AwsError, validationError } from "../../errors";
import type { Tag } from "../../scenarios/types";

export function optional(params: URLSearchParams, name: string): string | undefined {
  return params.get(name) ?? undefined;
}

/** A missing required member is a ValidationError, as the AWS query protocol reports it. */
export function required(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (value === null || value === "") {
    const field = name.charAt(0).toLowerCase() + name.slice(1);
    throw validationError(field, "null", "Member must not be null");
  }
  return value;
}

/** Query lists are flattened as `Name.member.1`, `Name.member.2`, … */
export function listParam(params: URLSearchParams, name: string): string[] | undefined {
  const prefix = `${name}.member.`;
  const entries: [number, string][] = [];
  for (const [key, value] of params) {
    if (key.startsWith(prefix)) entries.push([Number(key.slice(prefix.length)), value]);
  }
  if (entries.length === 0) return params.has(name) ? [] : undefined;
  return entries.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

export function tagsParam(params: URLSearchParams, name = "Tags"): Tag[] {
  const tags: Tag[] = [];
  for (let i = 1; params.has(`${name}.member.${i}.Key`); i++) {
    tags.push({
      key: params.get(`${name}.member.${i}.Key`) ?? "",
      value: params.get(`${name}.member.${i}.Value`) ?? "",
    });
  }
  return tags;
}

export type Page<T> = { items: T[]; isTruncated: boolean; marker: string | undefined };

/** IAM paging: MaxItems 1..1000 (default 100), an opaque Marker, IsTruncated. */
export function paginate<T>(params: URLSearchParams, all: readonly T[]): Page<T> {
  const maxRaw = params.get("MaxItems");
  const max = maxRaw === null ? 100 : Number(maxRaw);
  if (!Number.isInteger(max) || max < 1 || max > 1000) {
    throw validationError("maxItems", String(maxRaw), "Member must have value less than or equal to 1000");
  }
  const marker = params.get("Marker");
  const start = marker ? decodeMarker(marker) : 0;
  const items = all.slice(start, start + max);
  const next = start + items.length;
  const isTruncated = next < all.length;
  return {
    items,
    isTruncated,
    marker: isTruncated ? Buffer.from(`tw:${next}`).toString("base64") : undefined,
  };
}

function decodeMarker(marker: string): number {
  const m = /^tw:(\d+)$/.exec(Buffer.from(marker, "base64").toString("utf8"));
  if (!m?.[1]) throw new AwsError("InvalidInput", 400, "Invalid Marker.");
  return Number(m[1]);
}

export function pageXml(page: Page<unknown>): string {
  return `<IsTruncated>${page.isTruncated}</IsTruncated>${page.marker ? `<Marker>${page.marker}</Marker>` : ""}`;
}
