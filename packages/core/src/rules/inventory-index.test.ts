import { describe, expect, it } from "vitest";
import { inventory, role } from "../test-support/inventory";
import { ACCOUNT, EKS_PROVIDER, policy } from "../test-support/policies";
import { InventoryIndex } from "./inventory-index";

const allow = (principal: unknown, action = "sts:AssumeRoleWithWebIdentity") => ({
  Effect: "Allow",
  Principal: principal,
  Action: action,
});

// federationRoleTrusts skips documents whose text proves they trust only named AWS principals;
// a principal hidden by a JSON escape or URL encoding must still be analysed.
const cases: { name: string; trustPolicy: string; federates: boolean }[] = [
  {
    name: "cross-account AWS",
    trustPolicy: policy(allow({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, "sts:AssumeRole")),
    federates: false,
  },
  { name: "OIDC provider", trustPolicy: policy(allow({ Federated: EKS_PROVIDER })), federates: true },
  {
    name: "URL-encoded OIDC provider",
    trustPolicy: encodeURIComponent(policy(allow({ Federated: EKS_PROVIDER }))),
    federates: true,
  },
  {
    name: "JSON-escaped Federated key",
    trustPolicy: policy(allow({ Federated: EKS_PROVIDER })).replace("Federated", "\\u0046ederated"),
    federates: true,
  },
  { name: "Principal *", trustPolicy: policy(allow("*")), federates: true },
  {
    name: "URL-encoded cross-account AWS",
    trustPolicy: encodeURIComponent(policy(allow({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, "sts:AssumeRole"))),
    federates: false,
  },
  {
    name: "URL-encoded with the Federated key's letters escaped",
    trustPolicy: encodeURIComponent(policy(allow({ Federated: EKS_PROVIDER }))).replace(
      "Federated",
      "%46%65derated",
    ),
    federates: true,
  },
];

describe("InventoryIndex.federationRoleTrusts", () => {
  it.each(cases)("$name", ({ trustPolicy, federates }) => {
    const r = role("r", trustPolicy);
    const index = new InventoryIndex(inventory({ roles: [r] }));
    const listed = index.federationRoleTrusts().length === 1;
    expect(listed).toBe(federates);
    // Whatever the pre-check decides, trustOf keeps the full analysis.
    expect(index.trustOf(r).providers.length > 0).toBe(trustPolicy.includes("oidc-provider"));
  });
});

describe("InventoryIndex with a repeated ARN", () => {
  it("analyses every role with that ARN from the first one's trust", () => {
    const first = role("r", policy(allow({ Federated: EKS_PROVIDER })));
    const second = role("r", policy(allow({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, "sts:AssumeRole")));
    const index = new InventoryIndex(inventory({ roles: [first, second] }));
    expect(index.trustOf(second)).toBe(index.trustOf(first));
    expect(index.federationRoleTrusts()).toHaveLength(2);
  });
});
