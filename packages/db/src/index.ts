export { createDb, getDb, type Db } from "./client";
export { migrateDeploy } from "./migrate";
export { ensureDatabase, dropDatabase, withDatabase } from "./admin";
export { poolConfigFromUrl } from "./pool-config";
export { DEMO_LOGIN, seedDemo, type SeedAccount, type SeedOptions } from "./seed/seed-demo";
export * from "./generated/prisma/enums";
export * from "./repositories/users";
export * from "./repositories/organizations";
export * from "./repositories/members";
