import { copyFileSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import "@/lib/cli/register-admin";
import { closeCliResources } from "@/lib/cli/resources";
import { recordAppUrl } from "@/lib/config/recorded-app-url";
import { createTestContext, type TestContext } from "./support/test-context";
import { cli } from "./support/cli";

/*
 * `npm start` records the app's public URL in the data folder once it listens (scripts/record-app-url.ts);
 * a `breachdesk` command run in another terminal, without the app's PORT, prints links to that URL. What is
 * set for the command itself (APP_URL, then HOST and PORT) still wins.
 */
let ctx: TestContext;
let dataDir = "";
const saved = { APP_URL: process.env.APP_URL, PORT: process.env.PORT, HOST: process.env.HOST };

beforeAll(async () => {
  ctx = await createTestContext();
  process.env.DATABASE_URL = ctx.url;
  // A data folder of its own (with the run's key files), so the recorded URL reaches no other test file.
  dataDir = mkdtempSync(path.join(inject("dataDir"), "recorded-url-"));
  for (const name of readdirSync(inject("dataDir"))) {
    const file = path.join(inject("dataDir"), name);
    if (statSync(file).isFile()) copyFileSync(file, path.join(dataDir, name));
  }
  process.env.BREACHDESK_DATA_DIR = dataDir;
  delete process.env.APP_URL;
  delete process.env.PORT;
  delete process.env.HOST;
});
afterEach(async () => {
  delete process.env.APP_URL;
  delete process.env.PORT;
  await closeCliResources();
});
afterAll(async () => {
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  delete process.env.DATABASE_URL;
  await ctx.close();
});

describe("links printed by the CLI follow the app that runs on the data folder", () => {
  it("use the default while no app has recorded its URL", async () => {
    const { code, stdout } = await cli("setup");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^http:\/\/127\.0\.0\.1:3000\/setup\/bdsetup_\S+$/m);
  });

  it("use the URL the app recorded, for the set-up link and for invitations, and say where it came from", async () => {
    recordAppUrl("http://127.0.0.1:4817/", new Date(), dataDir);
    const setup = await cli("setup");
    expect(setup.stdout).toMatch(/^http:\/\/127\.0\.0\.1:4817\/setup\/bdsetup_\S+$/m);
    expect(setup.stdout).toContain("Links start with http://127.0.0.1:4817 (where the app last started on this data folder)");
    expect(JSON.parse((await cli("setup", "--json")).stdout).baseUrl).toEqual({ url: "http://127.0.0.1:4817", from: "running app" });

    await cli("org", "create", "--name", "Recorded Practice", "--slug", "recorded-practice");
    const added = await cli("user", "add", "--org", "recorded-practice", "--email", "nurse@recorded.example", "--role", "manager");
    expect(added.code).toBe(0);
    expect(added.stdout.trim()).toMatch(/^http:\/\/127\.0\.0\.1:4817\/invite\/bdinv_\S+$/);
  });

  it("give way to APP_URL, and to HOST and PORT, set for the command", async () => {
    recordAppUrl("http://127.0.0.1:4817", new Date(), dataDir);
    process.env.APP_URL = "https://breachdesk.example.org";
    expect((await cli("setup")).stdout).toMatch(/^https:\/\/breachdesk\.example\.org\/setup\/\S+$/m);
    delete process.env.APP_URL;
    await closeCliResources();
    process.env.PORT = "4100";
    expect((await cli("setup")).stdout).toMatch(/^http:\/\/127\.0\.0\.1:4100\/setup\/\S+$/m);
  });
});
