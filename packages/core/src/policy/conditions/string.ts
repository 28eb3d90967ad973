import { globMatch } from "../../util/glob";
import { literalText } from "./variables";

// String operators compare case-sensitively unless IgnoreCase; only the Like pair has wildcards:
// under StringEquals a `*` is a literal asterisk (IAM JSON policy elements: Condition operators).
export function matchString(base: string, request: string, policy: string): boolean {
  switch (base) {
    case "StringEquals":
    case "StringNotEquals":
      return request === literalText(policy);
    case "StringEqualsIgnoreCase":
    case "StringNotEqualsIgnoreCase":
      return request.toLowerCase() === literalText(policy).toLowerCase();
    case "StringLike":
    case "StringNotLike":
      return globMatch(policy, request);
    default:
      return false;
  }
}
