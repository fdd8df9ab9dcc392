import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, type Actor, type Membership } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { listAuditEntries, type AuditEntryView } from "@/lib/server/audit/list-audit-entries";
import { writeTransaction } from "@/lib/server/transaction";
import { createTestContext, type TestContext } from "./support/test-context";
import { nordAndSud } from "./support/audit-practices";

let ctx: TestContext;
const org: Record<"nord" | "sud", string> = { nord: "", sud: "" };
let userIds: Record<string, string> = {};

function person(email: string, memberships: Membership[]): Actor {
  return { kind: "user", userId: userIds[email] ?? `u-${email}`, email, memberships, ip: "192.0.2.1", via: "web" };
}
const dpoNord = () => person("dpo@nord.example", [{ organizationId: org.nord, role: "dpo" }]);
const adminSud = () => person("admin@sud.example", [{ organizationId: org.sud, role: "admin" }]);

async function record(
  actor: Actor,
  action: string,
  extra: { organizationId?: string; incidentId?: string; detail?: Record<string, unknown> } = {},
) {
  await writeTransaction(ctx.db, ctx.provider, (tx) => appendAudit(tx, actor, { action, ...extra }, ctx.now()));
}

async function list(actor: Actor, filter: Parameters<typeof listAuditEntries>[2] = {}) {
  const result = await listAuditEntries(ctx, actor, filter);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value;
}

async function all(actor: Actor, filter: Parameters<typeof listAuditEntries>[2] = {}): Promise<AuditEntryView[]> {
  return (await list(actor, { ...filter, limit: 200 })).entries;
}

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-03-01T08:00:00Z") });
  const made = await nordAndSud(ctx);
  userIds = made.userIds;
  org.nord = made.orgIds["praxis-nord"]!;
  org.sud = made.orgIds["praxis-sud"]!;
  // A day of work in each practice, and sign-ins, a few hours apart.
  ctx.clock.now = new Date("2026-03-02T09:00:00Z");
  await record(anonymous("dpo@nord.example", "192.0.2.1"), "signin.failure", { detail: { reason: "wrong_password" } });
  await record(dpoNord(), "signin.success");
  await record(adminSud(), "signin.success");
  ctx.clock.now = new Date("2026-03-02T12:00:00Z");
  await record(person("mgr@nord.example", [{ organizationId: org.nord, role: "manager" }]), "incident.create", {
    organizationId: org.nord,
    incidentId: "inc-nord-1",
  });
  await record(dpoNord(), "incident.read", { organizationId: org.nord, incidentId: "inc-nord-1" });
  await record(adminSud(), "incident.create", { organizationId: org.sud, incidentId: "inc-sud-1" });
  ctx.clock.now = new Date("2026-03-03T15:00:00Z");
  await record(dpoNord(), "incident.update", { organizationId: org.nord, incidentId: "inc-nord-1", detail: { changed: ["title"] } });
});
afterAll(async () => ctx.close());

describe("who may read the audit trail", () => {
  it.each(["manager", "lawyer"] as const)("refuses a %s", async (role) => {
    const actor = person(`${role}@nord.example`, [{ organizationId: org.nord, role }]);
    expect(await listAuditEntries(ctx, actor, {})).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("refuses someone not signed in", async () => {
    expect(await listAuditEntries(ctx, anonymous("x@y.example", null), {})).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("refuses an organisation where the person is only a manager, and does not reveal unknown ones", async () => {
    const both = person("dpo@nord.example", [
      { organizationId: org.nord, role: "dpo" },
      { organizationId: org.sud, role: "manager" },
    ]);
    expect(await listAuditEntries(ctx, both, { organizationId: org.sud })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await listAuditEntries(ctx, both, { organizationId: "cl-no-such-org" })).toMatchObject({ ok: false, error: "not_found" });
  });
});

describe("tenant scoping", () => {
  it("shows a DPO their organisation's entries and their own sign-ins, never another organisation's", async () => {
    const entries = await all(dpoNord());
    expect(entries.every((e) => e.organizationId === org.nord || e.action.startsWith("signin."))).toBe(true);
    expect(entries.some((e) => e.organizationId === org.sud)).toBe(false);
    const signIns = entries.filter((e) => e.action.startsWith("signin."));
    expect(signIns.map((e) => [e.action, e.actorLabel])).toEqual([
      ["signin.success", "dpo@nord.example"],
      ["signin.failure", "dpo@nord.example"],
    ]);
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(["organization.create", "member.add", "incident.create", "incident.read", "incident.update"]),
    );
  });

  it("shows the other organisation's administrator only theirs", async () => {
    const entries = await all(adminSud());
    expect(entries.length).toBeGreaterThan(0);
    expect(
      entries.every((e) => e.organizationId === org.sud || (e.action === "signin.success" && e.actorLabel === "admin@sud.example")),
    ).toBe(true);
  });

  it("a chosen organisation leaves the person's sign-ins out", async () => {
    const entries = await all(dpoNord(), { organizationId: org.nord });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.organizationId === org.nord)).toBe(true);
  });

  it("returns display data, not rows: details parsed, no chain hashes", async () => {
    const [newest] = await all(dpoNord(), { actionPrefix: "incident." });
    expect(newest).toMatchObject({ action: "incident.update", detail: { changed: ["title"] }, incidentId: "inc-nord-1", ip: "192.0.2.1" });
    expect(Object.keys(newest!).sort()).toEqual(
      ["action", "actorId", "actorLabel", "at", "detail", "id", "incidentId", "ip", "organizationId", "seq"].sort(),
    );
  });
});

describe("filters", () => {
  it("by action prefix", async () => {
    const entries = await all(dpoNord(), { actionPrefix: "incident." });
    expect(entries.map((e) => e.action)).toEqual(["incident.update", "incident.read", "incident.create"]);
  });

  it("by the acting person's e-mail, typed in any case", async () => {
    const entries = await all(dpoNord(), { actorEmail: "DPO@Nord.example" });
    expect(new Set(entries.map((e) => e.actorLabel))).toEqual(new Set(["dpo@nord.example"]));
    // Their reads of the trail itself (audit.read, tested below) are theirs too.
    expect(entries.map((e) => e.action).filter((action) => action !== "audit.read")).toEqual([
      "incident.update",
      "incident.read",
      "signin.success",
      "signin.failure",
    ]);
  });

  it("by incident, and another organisation's incident shows nothing", async () => {
    expect((await all(dpoNord(), { incidentId: "inc-nord-1" })).map((e) => e.action)).toEqual([
      "incident.update",
      "incident.read",
      "incident.create",
    ]);
    expect(await all(dpoNord(), { incidentId: "inc-sud-1" })).toEqual([]);
  });

  it("by date range: from inclusive, to exclusive", async () => {
    const day = await all(dpoNord(), { from: "2026-03-02T00:00:00Z", to: "2026-03-03T00:00:00Z" });
    expect(day.map((e) => e.action)).toEqual(["incident.read", "incident.create", "signin.success", "signin.failure"]);
    const fromNoon = await all(dpoNord(), { from: "2026-03-02T12:00:00Z", to: "2026-03-03T15:00:00Z" });
    expect(fromNoon.map((e) => e.action)).toEqual(["incident.read", "incident.create"]);
  });

  it("names the field of a bad filter", async () => {
    const result = await listAuditEntries(ctx, dpoNord(), {
      from: "2026-03-05T00:00:00Z",
      to: "2026-03-01T00:00:00Z",
      cursor: "abc",
      limit: 1000,
    });
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    if (!result.ok && result.error === "invalid") expect(result.fields.map((f) => f.field).sort()).toEqual(["cursor", "limit", "to"]);
  });
});

describe("keyset pagination, newest first", () => {
  it("walks every entry exactly once, and entries written meanwhile do not shift the pages", async () => {
    // Incident entries only: each page read is itself recorded (audit.read) at the top of the trail.
    const everything = await all(dpoNord(), { actionPrefix: "incident." });
    const seen: AuditEntryView[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await list(dpoNord(), { limit: 2, cursor, actionPrefix: "incident." });
      seen.push(...page.entries);
      cursor = page.nextCursor ?? undefined;
      pages++;
      if (pages === 1) await record(dpoNord(), "incident.read", { organizationId: org.nord, incidentId: "inc-nord-1" });
    } while (cursor);
    expect(seen.map((e) => e.seq)).toEqual(everything.map((e) => e.seq));
    expect(pages).toBe(Math.ceil(everything.length / 2));
    const seqs = seen.map((e) => e.seq);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
  });

  it("records every read of the trail, with who read it and the filters, before handing it out", async () => {
    const before = await ctx.db.auditEntry.count({ where: { action: "audit.read" } });
    const page = await list(dpoNord(), { organizationId: org.nord, actionPrefix: "member.", limit: 5 });
    const reads = await ctx.db.auditEntry.findMany({ where: { action: "audit.read" }, orderBy: { seq: "desc" } });
    expect(reads.length).toBe(before + 1);
    expect(reads[0]).toMatchObject({ actorLabel: "dpo@nord.example", organizationId: org.nord });
    expect(JSON.parse(reads[0]!.detail)).toMatchObject({
      filters: { organizationId: org.nord, actionPrefix: "member.", limit: 5 },
      shown: page.entries.length,
    });
    expect(await listAuditEntries(ctx, adminSud(), { organizationId: org.nord })).toMatchObject({ ok: false });
    expect(await ctx.db.auditEntry.count({ where: { action: "audit.read" } })).toBe(before + 1);
  });

  it("says there is no next page on the last one", async () => {
    expect((await list(dpoNord(), { limit: 200 })).nextCursor).toBeNull();
  });
});
