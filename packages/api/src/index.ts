export { type Context, createContext, type SecretsConfig, type SessionContext } from "./context";
export * from "./rest";
export { ACTION_MIN_ROLE, type Action, can, hasRole, ROLES, type Role, ZRole } from "./roles";
export { type AppRouter, appRouter, createCaller } from "./root";
export type { Me } from "./routers/me/get-me";
export type { MyOrganization } from "./routers/organizations/list-my-organizations";
