import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { listIncidents } from "@/lib/server/incidents/list-incidents";
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
const ids = { north: "", south: "", other: "" };

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

  it("keeps the words out of the audit trail", async () => {
    value(await listIncidents(ctx, dpo, { search: "misconfigured" }));
    const entries = await ctx.db.auditEntry.findMany({ where: { action: "incident.list" } });
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.detail).not.toMatch(/misconfigured|bd-2026/i);
      expect(JSON.parse(entry.detail)).toMatchObject({ searched: true });
    }
  });
});
