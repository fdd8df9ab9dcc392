import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REGISTER_ENTRIES_PER_PAGE } from "@/lib/domain/register/register-query";
import type { Actor } from "@/lib/server/actor";
import { queryRegister } from "@/lib/server/register/query-register";
import { createTestContext, type TestContext } from "./support/test-context";
import { member } from "./support/member";
import { value } from "./support/value";

/*
 * The register page shows one page of entries: every page must hold exactly the entries the whole register
 * lists there, in its order, and the per-year figures must be those of the whole register, under every filter.
 * Incidents are written straight to the database: a controller's and a processor's, filed on time, late, with a
 * follow-up first, or never, over three years.
 */
let ctx: TestContext;
let dpo: Actor & { kind: "user" };
let stranger: Actor;
const HOUR = 3_600_000;
const COUNT = 2 * REGISTER_ENTRIES_PER_PAGE + 17;

beforeAll(async () => {
  ctx = await createTestContext();
  const a = await ctx.db.organization.create({ data: { slug: "practice-a", name: "Practice A" } });
  const b = await ctx.db.organization.create({ data: { slug: "practice-b", name: "Practice B" } });
  dpo = await member(ctx, "dpo", a.id, "dpo");
  stranger = await member(ctx, "stranger", b.id, "manager");
  for (let i = 0; i < COUNT; i++) {
    // Some share an awareness instant, so the order's second key (the id) decides between them.
    const awareAt = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 2) * 14 * 24 * HOUR + (i % 5) * HOUR);
    const incident = await ctx.db.incident.create({
      data: {
        organizationId: i % 13 === 0 ? b.id : a.id,
        reference: `BD-${awareAt.getUTCFullYear()}-${String(i).padStart(4, "0")}`,
        title: `Incident ${i}`,
        description: "d",
        awareAt,
        timeZone: i % 2 ? "Europe/Paris" : "Europe/London",
        regimes: JSON.stringify(i % 7 === 3 ? ["gdpr", "nis2"] : ["gdpr"]),
        facts: JSON.stringify({ role: i % 11 === 5 ? "processor" : "controller" }),
        state: i % 17 === 4 ? "draft" : i % 3 === 0 ? "closed" : "reported",
        createdById: dpo.userId,
      },
    });
    const filed = (hours: number, kind = "initial") =>
      ctx.db.filing.create({
        data: {
          incidentId: incident.id,
          authority: "cnil",
          kind,
          channel: "online_form",
          filedAt: new Date(awareAt.getTime() + hours * HOUR),
          content: "{}",
          filedById: dpo.userId,
        },
      });
    if (i % 4 === 1) await filed(40);
    if (i % 4 === 2) await filed(90);
    if (i % 4 === 3) {
      await filed(100, "follow_up");
      await filed(20);
    }
  }
});
afterAll(async () => ctx.close());

describe("the register, a page at a time", () => {
  const filterSets = [
    {},
    { timeliness: "late" as const },
    { timeliness: "on_time" as const },
    { year: 2025 },
    { notified: false },
    { notified: true, year: 2024, timeliness: "late" as const },
    { state: ["closed" as const] },
    { state: ["reported" as const], timeliness: "on_time" as const },
  ];

  it.each(filterSets)("gives each page the whole register's entries there, and the whole register's figures (%o)", async (filters) => {
    const whole = value(await queryRegister(ctx, dpo, filters));
    expect(whole.paging).toBeUndefined();
    expect(whole.rows.length).toBeGreaterThan(0);
    const pages = Math.ceil(whole.rows.length / REGISTER_ENTRIES_PER_PAGE);
    const seen: string[] = [];
    for (let page = 1; page <= pages + 1; page++) {
      const one = value(await queryRegister(ctx, dpo, { ...filters, page }));
      const start = (page - 1) * REGISTER_ENTRIES_PER_PAGE;
      expect(one.rows).toEqual(whole.rows.slice(start, start + REGISTER_ENTRIES_PER_PAGE));
      expect(one.statistics).toEqual(whole.statistics);
      expect(one.paging).toEqual({ page, pageSize: REGISTER_ENTRIES_PER_PAGE, total: whole.rows.length });
      seen.push(...one.rows.map((row) => row.incidentId));
    }
    expect(seen).toEqual(whole.rows.map((row) => row.incidentId));
  });

  it("holds more than one page, with entries judged late, on time and not filed", async () => {
    const whole = value(await queryRegister(ctx, dpo));
    expect(whole.rows.length).toBeGreaterThan(2 * REGISTER_ENTRIES_PER_PAGE);
    expect(new Set(whole.rows.map((row) => row.filing))).toEqual(new Set(["late", "on_time", null]));
    expect(whole.statistics.length).toBe(3);
  });

  it("keeps another practice's incidents out of every page and of the figures", async () => {
    const mine = value(await queryRegister(ctx, stranger, { page: 1 }));
    expect(mine.paging!.total).toBe(value(await queryRegister(ctx, stranger)).rows.length);
    expect(mine.rows.every((row) => row.organization.slug === "practice-b")).toBe(true);
    const dpoPage = value(await queryRegister(ctx, dpo, { page: 1 }));
    expect(dpoPage.rows.every((row) => row.organization.slug === "practice-a")).toBe(true);
  });

  it("refuses a page that is not a whole number from 1", async () => {
    expect(await queryRegister(ctx, dpo, { page: 0 })).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "page" }] });
  });
});
