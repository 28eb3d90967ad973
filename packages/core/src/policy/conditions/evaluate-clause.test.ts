// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the cases contain IAM policy variables
import { describe, expect, it } from "vitest";
import type { ConditionClause } from "../model";
import { type RequestContextInput, toRequestContext } from "./context";
import { evaluateClause } from "./evaluate-clause";
import { parseOperator } from "./operators";

function clause(operator: string, key: string, values: string | string[]): ConditionClause {
  return {
    operator: parseOperator(operator),
    key,
    keyLower: key.toLowerCase(),
    values: Array.isArray(values) ? values : [values],
    path: "",
  };
}

type Case = {
  name: string;
  op: string;
  key?: string;
  values: string | string[];
  context: RequestContextInput;
  expected: boolean;
  variables?: boolean;
};

const K = "oidc.eks.us-east-1.amazonaws.com/id/ABC:sub";
const SA = "system:serviceaccount:payments:api";

// The specification of IAM condition semantics this evaluator implements.
const cases: Case[] = [
  // String operators
  { name: "StringEquals exact", op: "StringEquals", values: SA, context: { [K]: SA }, expected: true },
  {
    name: "StringEquals is case-sensitive",
    op: "StringEquals",
    values: SA,
    context: { [K]: SA.toUpperCase() },
    expected: false,
  },
  {
    name: "StringEquals treats * literally",
    op: "StringEquals",
    values: "system:serviceaccount:payments:*",
    context: { [K]: SA },
    expected: false,
  },
  {
    name: "StringEquals matches a literal *",
    op: "StringEquals",
    values: "*",
    context: { [K]: "*" },
    expected: true,
  },
  {
    name: "values of one key are OR-ed",
    op: "StringEquals",
    values: ["a", SA],
    context: { [K]: SA },
    expected: true,
  },
  {
    name: "key names are case-insensitive",
    op: "StringEquals",
    key: K.toUpperCase(),
    values: SA,
    context: { [K]: SA },
    expected: true,
  },
  { name: "StringEquals absent key → false", op: "StringEquals", values: SA, context: {}, expected: false },
  {
    name: "StringNotEquals different → true",
    op: "StringNotEquals",
    values: "x",
    context: { [K]: SA },
    expected: true,
  },
  {
    name: "StringNotEquals equal → false",
    op: "StringNotEquals",
    values: SA,
    context: { [K]: SA },
    expected: false,
  },
  {
    name: "StringNotEquals values are NOR-ed",
    op: "StringNotEquals",
    values: ["x", SA],
    context: { [K]: SA },
    expected: false,
  },
  {
    name: "StringNotEquals absent key → true",
    op: "StringNotEquals",
    values: SA,
    context: {},
    expected: true,
  },
  {
    name: "StringEqualsIgnoreCase",
    op: "StringEqualsIgnoreCase",
    values: SA.toUpperCase(),
    context: { [K]: SA },
    expected: true,
  },
  {
    name: "StringNotEqualsIgnoreCase",
    op: "StringNotEqualsIgnoreCase",
    values: SA.toUpperCase(),
    context: { [K]: SA },
    expected: false,
  },
  {
    name: "StringNotEqualsIgnoreCase absent → true",
    op: "StringNotEqualsIgnoreCase",
    values: "x",
    context: {},
    expected: true,
  },
  {
    name: "StringLike *",
    op: "StringLike",
    values: "system:serviceaccount:payments:*",
    context: { [K]: SA },
    expected: true,
  },
  {
    name: "StringLike ?",
    op: "StringLike",
    values: "system:serviceaccount:payments:a?i",
    context: { [K]: SA },
    expected: true,
  },
  {
    name: "StringLike ? is one char",
    op: "StringLike",
    values: "system:serviceaccount:payments:a?",
    context: { [K]: SA },
    expected: false,
  },
  {
    name: "StringLike is case-sensitive",
    op: "StringLike",
    values: "SYSTEM:*",
    context: { [K]: SA },
    expected: false,
  },
  { name: "StringLike absent → false", op: "StringLike", values: "*", context: {}, expected: false },
  {
    name: "StringNotLike match → false",
    op: "StringNotLike",
    values: "*:payments:*",
    context: { [K]: SA },
    expected: false,
  },
  {
    name: "StringNotLike no match → true",
    op: "StringNotLike",
    values: "*:kube-system:*",
    context: { [K]: SA },
    expected: true,
  },
  { name: "StringNotLike absent → true", op: "StringNotLike", values: "*", context: {}, expected: true },
  // IfExists
  {
    name: "StringEqualsIfExists absent → true",
    op: "StringEqualsIfExists",
    values: SA,
    context: {},
    expected: true,
  },
  {
    name: "StringEqualsIfExists present mismatch → false",
    op: "StringEqualsIfExists",
    values: SA,
    context: { [K]: "x" },
    expected: false,
  },
  {
    name: "StringLikeIfExists present match",
    op: "StringLikeIfExists",
    values: "system:*",
    context: { [K]: SA },
    expected: true,
  },
  {
    name: "StringNotEqualsIfExists present equal → false",
    op: "StringNotEqualsIfExists",
    values: SA,
    context: { [K]: SA },
    expected: false,
  },
  // Set qualifiers
  {
    name: "ForAllValues absent → true",
    op: "ForAllValues:StringEquals",
    values: SA,
    context: {},
    expected: true,
  },
  {
    name: "ForAllValues empty string → true",
    op: "ForAllValues:StringEquals",
    values: SA,
    context: { [K]: "" },
    expected: true,
  },
  {
    name: "ForAllValues all match",
    op: "ForAllValues:StringLike",
    values: ["a*", "b*"],
    context: { [K]: ["ab", "bc"] },
    expected: true,
  },
  {
    name: "ForAllValues one misses",
    op: "ForAllValues:StringLike",
    values: ["a*"],
    context: { [K]: ["ab", "bc"] },
    expected: false,
  },
  {
    name: "ForAnyValue absent → false",
    op: "ForAnyValue:StringEquals",
    values: SA,
    context: {},
    expected: false,
  },
  {
    name: "ForAnyValue one matches",
    op: "ForAnyValue:StringEquals",
    values: ["bc"],
    context: { [K]: ["ab", "bc"] },
    expected: true,
  },
  {
    name: "ForAnyValue:StringNotEquals some differ",
    op: "ForAnyValue:StringNotEquals",
    values: ["ab"],
    context: { [K]: ["ab", "bc"] },
    expected: true,
  },
  {
    name: "ForAllValues:StringNotEquals one equal",
    op: "ForAllValues:StringNotEquals",
    values: ["ab"],
    context: { [K]: ["ab", "bc"] },
    expected: false,
  },
  {
    name: "ForAnyValue:StringEqualsIfExists absent → true",
    op: "ForAnyValue:StringEqualsIfExists",
    values: "x",
    context: {},
    expected: true,
  },
  // Null
  {
    name: "Null true, absent",
    op: "Null",
    key: "aws:TokenIssueTime",
    values: "true",
    context: {},
    expected: true,
  },
  {
    name: "Null true, present",
    op: "Null",
    key: "aws:TokenIssueTime",
    values: "true",
    context: { "aws:tokenissuetime": "x" },
    expected: false,
  },
  {
    name: "Null false, present",
    op: "Null",
    key: "aws:TokenIssueTime",
    values: "false",
    context: { "aws:TokenIssueTime": "x" },
    expected: true,
  },
  {
    name: "Null false, absent",
    op: "Null",
    key: "aws:TokenIssueTime",
    values: "false",
    context: {},
    expected: false,
  },
  // Bool
  {
    name: "Bool true",
    op: "Bool",
    key: "aws:MultiFactorAuthPresent",
    values: "true",
    context: { "aws:MultiFactorAuthPresent": true },
    expected: true,
  },
  {
    name: "Bool case-insensitive",
    op: "Bool",
    key: "aws:SecureTransport",
    values: "TRUE",
    context: { "aws:SecureTransport": "true" },
    expected: true,
  },
  {
    name: "Bool false vs true",
    op: "Bool",
    key: "aws:SecureTransport",
    values: "false",
    context: { "aws:SecureTransport": true },
    expected: false,
  },
  {
    name: "Bool absent → false",
    op: "Bool",
    key: "aws:MultiFactorAuthPresent",
    values: "true",
    context: {},
    expected: false,
  },
  {
    name: "BoolIfExists absent → true",
    op: "BoolIfExists",
    key: "aws:MultiFactorAuthPresent",
    values: "true",
    context: {},
    expected: true,
  },
  // ARN operators: six components matched separately, wildcards in both ArnEquals and ArnLike
  {
    name: "ArnEquals exact",
    op: "ArnEquals",
    key: "aws:SourceArn",
    values: "arn:aws:eks:us-east-1:111122223333:cluster/prod",
    context: { "aws:SourceArn": "arn:aws:eks:us-east-1:111122223333:cluster/prod" },
    expected: true,
  },
  {
    name: "ArnLike wildcard in resource",
    op: "ArnLike",
    key: "aws:SourceArn",
    values: "arn:aws:eks:*:111122223333:cluster/*",
    context: { "aws:SourceArn": "arn:aws:eks:us-east-1:111122223333:cluster/prod" },
    expected: true,
  },
  {
    name: "ArnLike * does not cross components",
    op: "ArnLike",
    key: "aws:SourceArn",
    values: "arn:aws:eks:*:cluster/prod",
    context: { "aws:SourceArn": "arn:aws:eks:us-east-1:111122223333:cluster/prod" },
    expected: false,
  },
  {
    name: "ArnEquals supports wildcards like ArnLike",
    op: "ArnEquals",
    key: "aws:SourceArn",
    values: "arn:aws:eks:us-east-1:111122223333:cluster/*",
    context: { "aws:SourceArn": "arn:aws:eks:us-east-1:111122223333:cluster/prod" },
    expected: true,
  },
  {
    name: "ArnLike non-ARN request → false",
    op: "ArnLike",
    key: "aws:SourceArn",
    values: "arn:*:*:*:*:*",
    context: { "aws:SourceArn": "not-an-arn" },
    expected: false,
  },
  {
    name: "ArnNotLike other account → true",
    op: "ArnNotLike",
    key: "aws:SourceArn",
    values: "arn:aws:eks:*:111122223333:*",
    context: { "aws:SourceArn": "arn:aws:eks:us-east-1:999999999999:cluster/x" },
    expected: true,
  },
  {
    name: "ArnNotEquals absent → true",
    op: "ArnNotEquals",
    key: "aws:SourceArn",
    values: "arn:aws:eks:*:1:*",
    context: {},
    expected: true,
  },
  {
    name: "ArnLike partition aws-cn",
    op: "ArnLike",
    key: "aws:SourceArn",
    values: "arn:aws-cn:eks:cn-north-1:111122223333:cluster/*",
    context: { "aws:SourceArn": "arn:aws-cn:eks:cn-north-1:111122223333:cluster/a" },
    expected: true,
  },
  // Numeric, date, IP
  {
    name: "NumericLessThan",
    op: "NumericLessThan",
    key: "aws:MultiFactorAuthAge",
    values: "3600",
    context: { "aws:MultiFactorAuthAge": "100" },
    expected: true,
  },
  {
    name: "NumericGreaterThanEquals",
    op: "NumericGreaterThanEquals",
    key: "n",
    values: "5",
    context: { n: "5" },
    expected: true,
  },
  {
    name: "NumericNotEquals",
    op: "NumericNotEquals",
    key: "n",
    values: "5",
    context: { n: "5.0" },
    expected: false,
  },
  {
    name: "DateLessThan",
    op: "DateLessThan",
    key: "aws:CurrentTime",
    values: "2030-01-01T00:00:00Z",
    context: { "aws:CurrentTime": "2026-01-01T00:00:00Z" },
    expected: true,
  },
  {
    name: "IpAddress v4 CIDR",
    op: "IpAddress",
    key: "aws:SourceIp",
    values: "203.0.113.0/24",
    context: { "aws:SourceIp": "203.0.113.7" },
    expected: true,
  },
  {
    name: "NotIpAddress v4",
    op: "NotIpAddress",
    key: "aws:SourceIp",
    values: "203.0.113.0/24",
    context: { "aws:SourceIp": "198.51.100.1" },
    expected: true,
  },
  {
    name: "IpAddress v6",
    op: "IpAddress",
    key: "aws:SourceIp",
    values: "2001:db8::/32",
    context: { "aws:SourceIp": "2001:db8:1::5" },
    expected: true,
  },
  // Unknown operators never match
  { name: "unknown operator", op: "StringSortOf", values: SA, context: { [K]: SA }, expected: false },
  {
    name: "NullIfExists is not an operator",
    op: "NullIfExists",
    values: "true",
    context: {},
    expected: false,
  },
  // Policy variables
  {
    name: "variable resolves",
    op: "StringEquals",
    key: "aws:PrincipalTag/team",
    values: "${aws:username}",
    context: { "aws:PrincipalTag/team": "bob", "aws:username": "bob" },
    expected: true,
    variables: true,
  },
  {
    name: "variable default",
    op: "StringEquals",
    key: "k",
    values: "${aws:username, 'none'}",
    context: { k: "none" },
    expected: true,
    variables: true,
  },
  {
    name: "unresolved variable never matches, even negated",
    op: "StringNotEquals",
    key: "k",
    values: "${aws:username}",
    context: { k: "x" },
    expected: false,
    variables: true,
  },
  {
    name: "${*} is a literal star in Like",
    op: "StringLike",
    key: "k",
    values: "a${*}",
    context: { k: "ab" },
    expected: false,
    variables: true,
  },
  {
    name: "${*} matches a literal star",
    op: "StringLike",
    key: "k",
    values: "a${*}",
    context: { k: "a*" },
    expected: true,
    variables: true,
  },
  {
    name: "no variables in 2008-10-17",
    op: "StringEquals",
    key: "k",
    values: "${aws:username}",
    context: { k: "${aws:username}" },
    expected: true,
    variables: false,
  },
];

describe("evaluateClause", () => {
  it.each(cases)("$name", ({ op, key, values, context, expected, variables }) => {
    expect(evaluateClause(clause(op, key ?? K, values), toRequestContext(context), variables ?? true)).toBe(
      expected,
    );
  });
});
