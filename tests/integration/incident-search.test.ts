import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { listIncidents, SEARCHED_AT_MOST } from "@/lib/server/incidents/list-incidents";
import { incidentIn, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * References are numbered per practice, so a DPO serving two practices meets two BD-2026-0001: a search by
 * reference finds both, each with its practice, and words of a title or description find incidents too,
 * without the words reaching the audit trail (kept in clear).
 */

let ctx: TestContext;
let dpo: Actor;
let manager: Actor;
const ids = { north: "", south: "", other: "", northOrganization: "" };

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-03-28T10:00:00Z") });
  const north = await practice(ctx, "north");
  const south = await practice(ctx, "south");
  const user = await ctx.db.user.create({ data: { email: "dpo@both.example", name: "Shared DPO" } });
  await ctx.db.membership.createMany({
    data: [
      { userId: user.id, organizationId: north.id, role: "dpo" },
      { userId: user.id, organizationId: south.id, role: "dpo" },
    ],
  });
  dpo = {
    kind: "user",
    userId: user.id,
    email: user.email,
    memberships: [
      { organizationId: north.id, role: "dpo" },
      { organizationId: south.id, role: "dpo" },
    ],
    ip: null,
    via: "web",
  };
  const local = await ctx.db.user.create({ data: { email: "manager@north.example", name: "North manager" } });
  await ctx.db.membership.create({ data: { userId: local.id, organizationId: north.id, role: "manager" } });
  manager = {
    kind: "user",
    userId: local.id,
    email: local.email,
    memberships: [{ organizationId: north.id, role: "manager" }],
    ip: null,
    via: "web",
  };
  ids.northOrganization = north.id;
  ids.north = await incidentIn(ctx, north.id, user.id, "BD-2026-0001");
  ids.south = await incidentIn(ctx, south.id, user.id, "BD-2026-0001");
  ids.other = await incidentIn(ctx, north.id, user.id, "BD-2026-0002");
});
afterAll(async () => ctx.close());

describe("searching incidents", () => {
  it("finds the same reference in both practices, each named", async () => {
    const page = value(await listIncidents(ctx, dpo, { search: "bd-2026-0001" }));
    expect(page.items.map((item) => [item.id, item.reference, item.organization.name]).sort()).toEqual(
      [
        [ids.north, "BD-2026-0001", "Practice north"],
        [ids.south, "BD-2026-0001", "Practice south"],
      ].sort(),
    );
  });

  it("finds a word of the encrypted description, within the practices the person sees only", async () => {
    const described = value(await listIncidents(ctx, dpo, { search: "MISCONFIGURED SERVER" }));
    expect(described.total).toBe(3);
    const local = value(await listIncidents(ctx, manager, { search: "BD-2026-0001" }));
    expect(local.items.map((item) => item.id)).toEqual([ids.north]);
    expect(value(await listIncidents(ctx, dpo, { search: "no such words" })).total).toBe(0);
  });

  it("searches under the other filters: one practice, or some states only", async () => {
    const inNorth = value(await listIncidents(ctx, dpo, { search: "bd-2026-0001", organization: "north" }));
    expect(inNorth.items.map((item) => item.id)).toEqual([ids.north]);
    await ctx.db.incident.update({ where: { id: ids.south }, data: { state: "closed" } });
    try {
      const closed = value(await listIncidents(ctx, dpo, { search: "bd-2026-0001", state: ["closed"] }));
      expect(closed.items.map((item) => item.id)).toEqual([ids.south]);
      const open = value(await listIncidents(ctx, dpo, { search: "misconfigured server", state: ["decided"] }));
      expect(open.items.map((item) => item.id).sort()).toEqual([ids.north, ids.other].sort());
    } finally {
      await ctx.db.incident.update({ where: { id: ids.south }, data: { state: "decided" } });
    }
  });

  it("keeps the words out of the audit trail", async () => {
    value(await listIncidents(ctx, dpo, { search: "misconfigured" }));
    const entries = await ctx.db.auditEntry.findMany({ where: { action: "incident.list" } });
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.detail).not.toMatch(/misconfigured|bd-2026/i);
      expect(JSON.parse(entry.detail)).toMatchObject({ searched: true });
    }
  });

  // Last: it adds more incidents than a search reads, which the counts above do not expect.
  it("finds an old incident by its whole reference beyond the newest ones a search reads", async () => {
    const newer = Array.from({ length: SEARCHED_AT_MOST + 1 }, (_, i) => ({
      organizationId: ids.northOrganization,
      reference: `BD-2027-${String(i + 1).padStart(4, "0")}`,
      title: "Newer letter",
      description: "Sent to the wrong address.",
      awareAt: new Date(Date.UTC(2026, 2, 28, 0, 0, i % 60)),
      timeZone: "Europe/Paris",
      state: "reported",
      createdById: dpo.kind === "user" ? dpo.userId : "",
    }));
    await ctx.db.incident.createMany({ data: newer });
    const page = value(await listIncidents(ctx, dpo, { search: "bd-2026-0002" }));
    expect(page.items.map((item) => item.id)).toEqual([ids.other]);
    expect(page.searchCapped).toBe(SEARCHED_AT_MOST);
    // A part of a reference is still matched among the newest only: the old one is left out, and the page says so.
    expect(value(await listIncidents(ctx, dpo, { search: "2026-0002" })).total).toBe(0);
  });
});
