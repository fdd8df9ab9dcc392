import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files share one app and one database, and the first-install path (set-up link, first administrator)
 * exists only while no administrator does: that file runs first, the rest in vitest's usual order.
 */
class FreshInstallFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (file: TestSpecification) => file.moduleId.endsWith("/sign-in.test.ts");
    return [...sorted.filter(first), ...sorted.filter((file) => !first(file))];
  }
}

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
    sequence: { sequencer: FreshInstallFirst },
  },
});
