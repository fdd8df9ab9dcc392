import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Services against a real database: SQLite by default, PostgreSQL when INTEGRATION_DB=postgresql and
 * TEST_POSTGRES_URL names a server (every test file gets its own database, cloned from a migrated template).
 */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/integration/**/*.test.ts"],
    globalSetup: ["tests/integration/support/global-setup.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
