import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import "@/lib/cli/register-admin";
import { closeCliResources } from "@/lib/cli/resources";
import { createTestContext, type TestContext } from "./support/test-context";
import { cli } from "./support/cli";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  process.env.DATABASE_URL = ctx.url;
  process.env.APP_URL = "https://breachdesk.test";
});
afterEach(async () => closeCliResources());
afterAll(async () => {
  delete process.env.DATABASE_URL;
  await ctx.close();
});

describe("breachdesk administration commands", () => {
  it("setup prints a one-time link for the first administrator", async () => {
    const { code, stdout } = await cli("setup");
    expect(code).toBe(0);
    expect(stdout).toMatch(/https:\/\/breachdesk\.test\/setup\/bdsetup_\S{43}/);
    expect(stdout).not.toMatch(/password\s*[:=]/i);
  });

  it("setup and demo say which base URL their links use and how to change it; user add says it on stderr", async () => {
    const saved = process.env.APP_URL;
    delete process.env.APP_URL;
    process.env.PORT = "4100";
    try {
      const { stdout } = await cli("setup");
      expect(stdout).toMatch(/^http:\/\/127\.0\.0\.1:4100\/setup\/bdsetup_\S+$/m);
      expect(stdout).toContain("Links start with http://127.0.0.1:4100 (from HOST and PORT; APP_URL is not set)");
      expect(stdout).toContain("APP_URL=https://breachdesk.example.org npx breachdesk setup");
      expect(JSON.parse((await cli("setup", "--json")).stdout).baseUrl).toEqual({ url: "http://127.0.0.1:4100", from: "HOST and PORT" });
    } finally {
      process.env.APP_URL = saved;
      delete process.env.PORT;
    }
    const demo = await cli("demo");
    expect(demo.stdout).toContain("Links start with https://breachdesk.test (APP_URL)");
    await cli("org", "create", "--name", "Base Practice", "--slug", "base-practice");
    const added = await cli("user", "add", "--org", "base-practice", "--email", "base@practice.example", "--role", "manager");
    expect(added.stdout.trim()).toMatch(/^https:\/\/breachdesk\.test\/invite\/\S+$/);
    expect(added.stderr).toContain("Links start with https://breachdesk.test (APP_URL)");
  });

  it("setup --json prints exactly one JSON document", async () => {
    const { code, stdout } = await cli("setup", "--json");
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed).toMatchObject({ administratorExists: false, firstAdminLink: expect.stringContaining("/setup/") });
  });

  it("org create prints the slug; user add prints an invitation link; token create prints a token", async () => {
    const org = await cli("org", "create", "--name", "Praxis Dr. Müller", "--country", "DE", "--tz", "Europe/Berlin");
    expect(org).toMatchObject({ code: 0, stdout: "praxis-dr-muller\n" });
    const user = await cli("user", "add", "--org", "praxis-dr-muller", "--email", "mgr@praxis.example", "--role", "manager");
    expect(user.code).toBe(0);
    expect(user.stdout.trim()).toMatch(/^https:\/\/breachdesk\.test\/invite\/bdinv_\S{43}$/);
    const token = await cli("token", "create", "--email", "mgr@praxis.example", "--expires-days", "30", "--json");
    expect(token.code).toBe(0);
    const parsed = JSON.parse(token.stdout);
    expect(parsed.token).toMatch(/^bdt_/);
    expect(new Date(parsed.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
  });

  it.each([
    [["org", "create"], "--name"],
    [["org", "create", "--name", "Valid Name", "--tz", "Europe/Nowhere"], "--tz"],
    [["org", "create", "--name", "Valid Name", "--colour", "red"], "--colour"],
    [["org", "delete"], "org"],
    [["user", "add", "--org", "praxis-dr-muller", "--email", "not-an-email", "--role", "dpo"], "--email"],
    [["user", "add", "--org", "praxis-dr-muller", "--email", "a@b.example", "--role", "boss"], "--role"],
    [["user", "add", "--org", "no-such-org", "--email", "a@b.example", "--role", "dpo"], "--org"],
    [["user", "add", "--email", "a@b.example", "--role", "dpo"], "--org"],
    [["token", "create", "--email", "mgr@praxis.example", "--expires-days", "soon"], "--expires-days"],
    [["token", "create", "--email", "mgr@praxis.example", "--expires-days", "0"], "--expires-days"],
    [["token", "create", "--email", "nobody@praxis.example"], "--email"],
    [["user", "disable"], "--email"],
    [["user", "enable", "--email", "nobody@praxis.example"], "--email"],
    [["frobnicate"], "command"],
  ])("%j exits 2 with one line naming %s", async (argv, field) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr.startsWith(`${field}:`)).toBe(true);
  });

  it("user disable stops a whole account and enable restarts it: the operator's, not an administrator's", async () => {
    const disabled = await cli("user", "disable", "--email", "mgr@praxis.example", "--json");
    expect(disabled.stderr).toBe("");
    expect(disabled.code).toBe(0);
    expect(JSON.parse(disabled.stdout)).toEqual({ email: "mgr@praxis.example", disabled: true });
    expect((await ctx.db.user.findUniqueOrThrow({ where: { email: "mgr@praxis.example" } })).disabledAt).not.toBeNull();
    expect(await cli("user", "enable", "--email", "mgr@praxis.example")).toMatchObject({
      code: 0,
      stdout: "mgr@praxis.example: enabled\n",
    });
    expect((await ctx.db.user.findUniqueOrThrow({ where: { email: "mgr@praxis.example" } })).disabledAt).toBeNull();
  });

  it("user add --language sets the new person's interface language, and names the option when it is not offered", async () => {
    const added = await cli(
      "user",
      "add",
      "--org",
      "praxis-dr-muller",
      "--email",
      "mfa@praxis.example",
      "--role",
      "manager",
      "--language",
      "de",
    );
    expect(added.code).toBe(0);
    expect((await ctx.db.user.findUniqueOrThrow({ where: { email: "mfa@praxis.example" } })).locale).toBe("de");
    const refused = await cli(
      "user",
      "add",
      "--org",
      "praxis-dr-muller",
      "--email",
      "x@praxis.example",
      "--role",
      "manager",
      "--language",
      "pl",
    );
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("--language: must be one of: en, fr, cs, de");
    expect(await ctx.db.user.count({ where: { email: "x@praxis.example" } })).toBe(0);
  });

  it("writes nothing when a command is refused", async () => {
    const before = await ctx.db.user.count();
    await cli("user", "add", "--org", "praxis-dr-muller", "--email", "bad", "--role", "dpo");
    expect(await ctx.db.user.count()).toBe(before);
  });

  it("demo --json describes the sample practice and its one-time links", async () => {
    const { code, stdout } = await cli("demo", "--json");
    expect(code).toBe(0);
    const demo = JSON.parse(stdout);
    expect(demo.incidents.length).toBeGreaterThanOrEqual(5);
    expect(demo.people.every((p: { invitationLink: string }) => p.invitationLink.includes("/invite/"))).toBe(true);
  });
});
