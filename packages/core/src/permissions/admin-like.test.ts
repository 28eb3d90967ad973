import { describe, expect, it } from "vitest";
import { assessAdminLike } from "./admin-like";

const doc = (statement: Record<string, unknown>) =>
  JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", ...statement }] });
const inline = (document: string) => ({ attachedPolicies: [], inlinePolicies: [{ name: "p", document }] });

// The textual pre-check skips parsing documents that cannot be admin-like: these cases pin the
// spellings it must still let through to the parser.
const cases: { name: string; document: string; adminLike: boolean }[] = [
  {
    name: "s3 actions, wildcard resource",
    document: doc({ Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" }),
    adminLike: false,
  },
  { name: "Allow * on *", document: doc({ Action: "*", Resource: "*" }), adminLike: true },
  {
    name: "upper-case IAM action",
    document: doc({ Action: "IAM:PassRole", Resource: "*" }),
    adminLike: true,
  },
  { name: "NotAction on *", document: doc({ NotAction: "s3:GetObject", Resource: "*" }), adminLike: true },
  {
    name: "URL-encoded",
    document: encodeURIComponent(doc({ Action: "iam:*", Resource: "*" })),
    adminLike: true,
  },
  {
    name: "JSON-escaped *",
    document: doc({ Action: "*", Resource: "*" }).replaceAll('"*"', '"\\u002a"'),
    adminLike: true,
  },
];

describe("assessAdminLike", () => {
  it.each(cases)("$name", ({ document, adminLike }) => {
    expect(assessAdminLike(inline(document)).adminLike).toBe(adminLike);
  });
});
