import {
  AddClientIDToOpenIDConnectProviderCommand,
  CreateOpenIDConnectProviderCommand,
  DeleteOpenIDConnectProviderCommand,
  GetOpenIDConnectProviderCommand,
  ListOpenIDConnectProvidersCommand,
  ListOpenIDConnectProviderTagsCommand,
  RemoveClientIDFromOpenIDConnectProviderCommand,
  TagOpenIDConnectProviderCommand,
  UpdateOpenIDConnectProviderThumbprintCommand,
} from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../sandbox";
import {
  DEMO_ACCOUNTS,
  DEMO_EXTERNAL_ID,
  DEMO_ISSUERS,
  demoScenario,
  QUOTA_PROVIDER_COUNT,
} from "../../scenarios/demo";
import { accountClients, failure } from "../../testing/sdk-clients";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ scenario: demoScenario });
});
afterAll(() => sandbox.close());

const T = "a".repeat(40);

describe("IAM OIDC providers", () => {
  it("creates, reads, updates, tags and deletes a provider", async () => {
    const { iam } = await accountClients(sandbox, DEMO_ACCOUNTS.management, DEMO_EXTERNAL_ID);
    const created = await iam.send(
      new CreateOpenIDConnectProviderCommand({
        Url: "https://oidc.eks.eu-west-1.amazonaws.com/id/ABC123",
        ClientIDList: ["sts.amazonaws.com"],
        ThumbprintList: [T],
      }),
    );
    const arn = created.OpenIDConnectProviderArn ?? "";
    expect(arn).toBe(
      `arn:aws:iam::${DEMO_ACCOUNTS.management}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC123`,
    );
    await iam.send(
      new UpdateOpenIDConnectProviderThumbprintCommand({
        OpenIDConnectProviderArn: arn,
        ThumbprintList: ["B".repeat(40)],
      }),
    );
    await iam.send(
      new AddClientIDToOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn, ClientID: "extra" }),
    );
    await iam.send(
      new RemoveClientIDFromOpenIDConnectProviderCommand({
        OpenIDConnectProviderArn: arn,
        ClientID: "sts.amazonaws.com",
      }),
    );
    await iam.send(
      new TagOpenIDConnectProviderCommand({
        OpenIDConnectProviderArn: arn,
        Tags: [{ Key: "owner", Value: "platform" }],
      }),
    );
    const got = await iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
    expect(got).toMatchObject({
      Url: "oidc.eks.eu-west-1.amazonaws.com/id/ABC123",
      ClientIDList: ["extra"],
      ThumbprintList: ["b".repeat(40)],
    });
    expect(got.CreateDate).toBeInstanceOf(Date);
    const tags = await iam.send(new ListOpenIDConnectProviderTagsCommand({ OpenIDConnectProviderArn: arn }));
    expect(tags.Tags).toEqual([{ Key: "owner", Value: "platform" }]);
    expect((await iam.send(new ListOpenIDConnectProvidersCommand({}))).OpenIDConnectProviderList).toEqual([
      { Arn: arn },
    ]);
    await iam.send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
    expect(
      (await failure(iam.send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }))))
        .name,
    ).toBe("NoSuchEntityException");
    expect(
      (
        await failure(
          iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: "not-an-arn" })),
        )
      ).name,
    ).toBe("InvalidInputException");
  });

  it.each([
    [
      "a thumbprint that is not 40 characters",
      { Url: "https://a.example.com", ThumbprintList: ["abc"] },
      "ValidationError",
    ],
    [
      "a 40-character thumbprint that is not hex",
      { Url: "https://a.example.com", ThumbprintList: ["z".repeat(40)] },
      "InvalidInputException",
    ],
    [
      "six thumbprints",
      { Url: "https://a.example.com", ThumbprintList: Array(6).fill(T) },
      "ValidationError",
    ],
    ["an http:// URL", { Url: "http://a.example.com", ThumbprintList: [T] }, "InvalidInputException"],
    ["a duplicate URL", { Url: DEMO_ISSUERS.prodUse1, ThumbprintList: [T] }, "EntityAlreadyExistsException"],
  ])("rejects %s", async (_name, input, expected) => {
    const { iam } = await accountClients(sandbox, DEMO_ACCOUNTS.prod, DEMO_EXTERNAL_ID);
    const err = await failure(
      iam.send(new CreateOpenIDConnectProviderCommand({ ClientIDList: ["sts.amazonaws.com"], ...input })),
    );
    expect(err.name).toBe(expected);
  });

  it("rejects the 101st provider of an account with LimitExceededException", async () => {
    const { iam } = await accountClients(sandbox, DEMO_ACCOUNTS.quota, DEMO_EXTERNAL_ID);
    for (let i = QUOTA_PROVIDER_COUNT; i < 100; i++) {
      await iam.send(
        new CreateOpenIDConnectProviderCommand({
          Url: `https://fill.example.com/p${i}`,
          ThumbprintList: [T],
        }),
      );
    }
    const err = await failure(
      iam.send(
        new CreateOpenIDConnectProviderCommand({ Url: "https://fill.example.com/p101", ThumbprintList: [T] }),
      ),
    );
    expect(err.name).toBe("LimitExceededException");
    expect(err.message).toContain("OpenIdConnectProvidersPerAccount");
  });
});
