export {
  createTestDatabase,
  ensureTemplateDatabase,
  type TestDatabase,
  testServerUrl,
} from "./test-database";
