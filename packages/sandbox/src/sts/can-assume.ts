/** STS AssumeRole decisions use core's trust-policy evaluator, the same code that analyses trust. */
export { type AssumeDecision, type AssumeRequest, canAssume } from "@trustwatch/core";
