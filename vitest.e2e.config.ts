import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Browser tests: playwright-core driving Debian's chromium against the built app on a throw-away database. */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/support/global-setup.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One app server and one browser for the whole run: files share them in sequence.
    fileParallelism: false,
  },
});
