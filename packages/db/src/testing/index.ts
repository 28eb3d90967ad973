export { createTestDatabase, ensureTemplateDatabase, testServerUrl, type TestDatabase } from "./test-database";
