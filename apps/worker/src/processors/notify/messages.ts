/**
 * Slack Block Kit messages. Pure: data in, the JSON body of an incoming-webhook POST out.
 * Slack caps a message at 50 blocks, hence the summary form for large batches.
 */
export type Severity = "critical" | "high" | "medium" | "low" | "info";

export const SEVERITIES: Severity[] = ["critical", "high", "medium", "low", "info"];
const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
const EMOJI: Record<Severity, string> = {
  critical: ":red_circle:",
  high: ":large_orange_circle:",
  medium: ":large_yellow_circle:",
  low: ":large_blue_circle:",
  info: ":white_circle:",
};

/** Above this many new findings a message lists the worst few and counts the rest per rule. */
export const DETAIL_LIMIT = 20;
export const SUMMARY_TOP = 10;

export type AlertFinding = {
  id: string;
  ruleId: string;
  severity: Severity;
  title: string;
  resourceArn: string;
  accountId: string;
};

export type SlackMessage = { text: string; blocks: object[] };

export function isAtOrAbove(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] <= RANK[threshold];
}

/** Slack mrkdwn treats &, < and > as control characters. */
export function escapeMrkdwn(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text: text.slice(0, 3000) } });
const header = (text: string) => ({
  type: "header",
  text: { type: "plain_text", text: text.slice(0, 150), emoji: true },
});
const context = (text: string) => ({
  type: "context",
  elements: [{ type: "mrkdwn", text: text.slice(0, 3000) }],
});
const button = (text: string, url: string, actionId: string) => ({
  type: "actions",
  elements: [{ type: "button", text: { type: "plain_text", text }, url, action_id: actionId }],
});

function findingBlock(f: AlertFinding, appUrl: string, accountNames: Map<string, string>) {
  const account = accountNames.get(f.accountId);
  return section(
    [
      `${EMOJI[f.severity]} *${f.severity.toUpperCase()}* · \`${escapeMrkdwn(f.ruleId)}\``,
      `<${appUrl}/findings/${f.id}|${escapeMrkdwn(f.title)}>`,
      `*Resource:* \`${escapeMrkdwn(f.resourceArn)}\``,
      `*Account:* ${account ? `${escapeMrkdwn(account)} (${f.accountId})` : f.accountId}`,
    ].join("\n"),
  );
}

function countBySeverity(findings: AlertFinding[]): string {
  return SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(", ");
}

export function sortBySeverity(findings: AlertFinding[]): AlertFinding[] {
  return [...findings].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.resourceArn.localeCompare(b.resourceArn),
  );
}

export function buildScanMessage(input: {
  organizationName: string;
  scan: { id: string; trigger: string };
  findings: AlertFinding[];
  resolved: { ruleId: string; count: number }[];
  threshold: Severity;
  appUrl: string;
  accountNames: Map<string, string>;
}): SlackMessage {
  const { appUrl, findings } = input;
  const sorted = sortBySeverity(findings);
  const n = findings.length;
  const title = `${n} new Trustwatch finding${n === 1 ? "" : "s"} in ${input.organizationName}`;
  const blocks: object[] = [
    header(title),
    context(
      `${countBySeverity(findings)} · at or above *${input.threshold}* · ${input.scan.trigger} scan <${appUrl}/scans/${input.scan.id}|${input.scan.id}>`,
    ),
  ];
  const isSummary = n > DETAIL_LIMIT;
  for (const f of isSummary ? sorted.slice(0, SUMMARY_TOP) : sorted) {
    blocks.push(findingBlock(f, appUrl, input.accountNames));
  }
  if (isSummary) {
    const byRule = new Map<string, number>();
    for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    const rules = [...byRule.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const lines = rules.slice(0, 20).map(([rule, count]) => `• \`${escapeMrkdwn(rule)}\`: ${count}`);
    if (rules.length > 20) lines.push(`• …and ${rules.length - 20} more rules`);
    blocks.push({ type: "divider" });
    blocks.push(section(`*…and ${n - SUMMARY_TOP} more.* New findings per rule:\n${lines.join("\n")}`));
    const severities = SEVERITIES.filter((s) => isAtOrAbove(s, input.threshold)).join(",");
    blocks.push(
      button(
        "View all new findings",
        `${appUrl}/findings?status=open&severity=${severities}`,
        "view_findings",
      ),
    );
  }
  const resolvedTotal = input.resolved.reduce((sum, r) => sum + r.count, 0);
  if (resolvedTotal > 0) {
    const top = input.resolved
      .slice(0, 10)
      .map((r) => `\`${escapeMrkdwn(r.ruleId)}\` (${r.count})`)
      .join(", ");
    blocks.push(
      section(
        `:white_check_mark: *${resolvedTotal} resolved* since the last scan: ${top}${input.resolved.length > 10 ? ", …" : ""}`,
      ),
    );
  }
  return { text: `${title}: ${countBySeverity(findings)}`, blocks };
}

export function buildRemediationMessage(input: {
  organizationName: string;
  request: { id: string; kind: string; targetArn: string; accountId: string; requestComment: string | null };
  requester: string;
  appUrl: string;
  accountNames: Map<string, string>;
}): SlackMessage {
  const { request, appUrl } = input;
  const account = input.accountNames.get(request.accountId);
  const text = "A remediation request waits for approval";
  const blocks: object[] = [
    header(`:hourglass_flowing_sand: ${text}`),
    {
      type: "section",
      fields: [
        { type: "mrkdwn", text: `*Plan:*\n\`${escapeMrkdwn(request.kind)}\`` },
        { type: "mrkdwn", text: `*Requested by:*\n${escapeMrkdwn(input.requester)}` },
        { type: "mrkdwn", text: `*Target:*\n\`${escapeMrkdwn(request.targetArn)}\`` },
        {
          type: "mrkdwn",
          text: `*Account:*\n${account ? `${escapeMrkdwn(account)} (${request.accountId})` : request.accountId}`,
        },
      ],
    },
  ];
  if (request.requestComment) blocks.push(context(`> ${escapeMrkdwn(request.requestComment)}`));
  blocks.push(button("Review the request", `${appUrl}/remediation/${request.id}`, "review_remediation"));
  return { text: `${text} in ${input.organizationName}: ${request.kind} on ${request.targetArn}`, blocks };
}

export function buildTestMessage(input: {
  organizationName: string;
  channelName: string;
  threshold: Severity;
  appUrl: string;
}): SlackMessage {
  const text = `Trustwatch test message for ${input.organizationName}`;
  return {
    text,
    blocks: [
      header(`:wave: ${text}`),
      section(
        `This channel (*${escapeMrkdwn(input.channelName)}*) will receive new findings at or above *${input.threshold}* after each scan, and remediation requests waiting for approval.`,
      ),
      context(`<${input.appUrl}/settings/alerts|Alert settings>`),
    ],
  };
}
