import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditHash } from "@/lib/domain/audit/chain";
import "@/lib/cli/register-admin";
import { closeCliResources } from "@/lib/cli/resources";
import { anonymous, cliOperator, type Actor, type Role } from "@/lib/server/actor";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { createTestContext, type TestContext } from "./support/test-context";
import { cli } from "./support/cli";
import { nordAndSud } from "./support/audit-practices";

let ctx: TestContext;
let orgIds: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  process.env.DATABASE_URL = ctx.url;
  ({ orgIds } = await nordAndSud(ctx));
});
afterEach(async () => closeCliResources());
afterAll(async () => {
  delete process.env.DATABASE_URL;
  await ctx.close();
});

const entry = (seq: number) => ctx.db.auditEntry.findUniqueOrThrow({ where: { seq } });

describe("breachdesk audit verify: a whole chain", () => {
  it("prints OK, the number of entries and how many newer entries no signed checkpoint covers yet, exit 0", async () => {
    expect(await ctx.db.auditEntry.count()).toBe(5);
    expect(await cli("audit", "verify")).toEqual({
      code: 0,
      stdout: expect.stringMatching(
        /^OK 5 entries; newest signed checkpoint seq 1 \(2026-03-27T22:30:00\.000Z, key [0-9a-f]{8}…[0-9a-f]{8}\); 4 newer entries are not yet covered by a checkpoint\n$/,
      ),
      stderr: "",
    });
  });

  it("checks across page boundaries the same way (page of 2 rows)", async () => {
    expect(await cli("audit", "verify", "--page-size", "2")).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^OK 5 entries; newest signed checkpoint seq 1 /),
    });
  });

  it("--json prints exactly one JSON document naming the newest entry", async () => {
    const { code, stdout } = await cli("audit", "verify", "--json");
    expect(code).toBe(0);
    const last = await entry(5);
    const checkpoint = await ctx.db.auditCheckpoint.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(JSON.parse(stdout)).toEqual({
      ok: true,
      entries: 5,
      last: { seq: 5, hash: last.hash },
      problem: null,
      checkpoint: { seq: 1, at: checkpoint.at.toISOString(), keyId: checkpoint.keyId },
      unprotectedEntries: 4,
    });
  });
});

describe("breachdesk audit verify: a tampered chain", () => {
  it.each([
    ["detail", { detail: JSON.stringify({ email: "someone-else@nord.example", role: "dpo", newAccount: true }) }],
    ["action", { action: "member.remove" }],
    ["at", { at: new Date("2020-01-01T00:00:00Z") }],
    ["actorLabel", { actorLabel: "nobody" }],
  ])("names the changed row (%s changed by hand), exit 1", async (_field, change) => {
    const original = await entry(3);
    await ctx.db.auditEntry.update({ where: { seq: 3 }, data: change });
    try {
      const { code, stdout } = await cli("audit", "verify");
      expect(code).toBe(1);
      expect(stdout).toContain(`seq 3 (id ${original.id}, action ${"action" in change ? change.action : original.action})`);
      expect(stdout).toMatch(/does not match its hash: the row was changed/);
      expect(stdout.trim().split("\n")).toHaveLength(1);
    } finally {
      await ctx.db.auditEntry.update({
        where: { seq: 3 },
        data: { action: original.action, detail: original.detail, at: original.at, actorLabel: original.actorLabel },
      });
    }
    expect((await cli("audit", "verify")).code).toBe(0);
  });

  it("names the next row when a row was rewritten with a fresh hash (a broken link)", async () => {
    const original = await entry(3);
    const rewritten = { ...original, at: original.at.toISOString(), detail: JSON.stringify({ forged: true }) };
    await ctx.db.auditEntry.update({ where: { seq: 3 }, data: { detail: rewritten.detail, hash: auditHash(rewritten) } });
    try {
      const { code, stdout } = await cli("audit", "verify", "--json");
      expect(code).toBe(1);
      const fourth = await entry(4);
      expect(JSON.parse(stdout).problem).toMatchObject({ kind: "broken_link", seq: 4, id: fourth.id, action: fourth.action });
    } finally {
      await ctx.db.auditEntry.update({ where: { seq: 3 }, data: { detail: original.detail, hash: original.hash } });
    }
  });

  it.each([[1000], [2], [3]])("names the gap where a middle row was deleted (page size %i)", async (pageSize) => {
    const deleted = await entry(3);
    await ctx.db.auditEntry.delete({ where: { seq: 3 } });
    try {
      const { code, stdout } = await cli("audit", "verify", "--page-size", String(pageSize));
      expect(code).toBe(1);
      const fourth = await entry(4);
      expect(stdout).toBe(
        `BROKEN audit entry seq 4 (id ${fourth.id}, action ${fourth.action}): entry seq 3 is missing: a row was deleted\n`,
      );
      const json = JSON.parse((await cli("audit", "verify", "--json", "--page-size", String(pageSize))).stdout);
      expect(json).toMatchObject({ ok: false, entries: 2, problem: { kind: "gap", seq: 4, expectedSeq: 3, id: fourth.id } });
    } finally {
      await ctx.db.auditEntry.create({ data: deleted });
    }
    expect((await cli("audit", "verify")).code).toBe(0);
  });

  it("names the gap when the first rows were deleted", async () => {
    const deleted = [await entry(1), await entry(2)];
    await ctx.db.auditEntry.deleteMany({ where: { seq: { in: [1, 2] } } });
    try {
      const { code, stdout } = await cli("audit", "verify");
      expect(code).toBe(1);
      expect(stdout).toContain("seq 3");
      expect(stdout).toContain("entries seq 1 to 2 are missing");
    } finally {
      for (const row of deleted) await ctx.db.auditEntry.create({ data: row });
    }
  });
});

describe("who may verify", () => {
  const person = (email: string, role: Role): Actor => ({
    kind: "user",
    userId: `u-${role}`,
    email,
    memberships: [{ organizationId: orgIds["praxis-nord"]!, role }],
    ip: null,
    via: "web",
  });
  const dpoNord = () => person("dpo@nord.example", "dpo");

  it("refuses a person who is neither administrator nor DPO anywhere", async () => {
    for (const role of ["manager", "lawyer"] as const) {
      expect(await verifyAuditChain(ctx, person(`${role}@nord.example`, role))).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await verifyAuditChain(ctx, anonymous("someone@nord.example", null))).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("lets a DPO verify, without describing another organisation's entry", async () => {
    expect(await verifyAuditChain(ctx, dpoNord())).toMatchObject({ ok: true, value: { ok: true, entries: 5 } });
    const sudEntry = await ctx.db.auditEntry.findFirstOrThrow({
      where: { organizationId: orgIds["praxis-sud"] },
      orderBy: { seq: "desc" },
    });
    await ctx.db.auditEntry.update({ where: { seq: sudEntry.seq }, data: { detail: "{}" } });
    try {
      const result = await verifyAuditChain(ctx, dpoNord());
      expect(result).toMatchObject({
        ok: true,
        value: { ok: false, problem: { seq: sudEntry.seq, id: sudEntry.id, action: "(another organisation's entry)" } },
      });
      expect(await verifyAuditChain(ctx, cliOperator)).toMatchObject({ ok: true, value: { problem: { action: sudEntry.action } } });
    } finally {
      await ctx.db.auditEntry.update({ where: { seq: sudEntry.seq }, data: { detail: sudEntry.detail } });
    }
  });
});

describe("bad input", () => {
  it.each([
    [["audit"], "action"],
    [["audit", "repair"], "audit"],
    [["audit", "verify", "--page-size", "0"], "--page-size"],
    [["audit", "verify", "--everything"], "--everything"],
  ])("%j exits 2 with one line naming %s", async (argv, field) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr.startsWith(`${field}:`)).toBe(true);
  });
});
