import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@trustwatch/api";

type Outputs = inferRouterOutputs<AppRouter>["remediation"];
export type RemediationDetail = Outputs["get"];
export type RemediationList = Outputs["list"];
export type RemediationTab = keyof RemediationList["counts"];
