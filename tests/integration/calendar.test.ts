import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/api/calendar/feed/[token]/route";
import { closeDb } from "@/lib/db/client";
import type { Actor, Role } from "@/lib/server/actor";
import {
  actorFromCalendarToken,
  calendarTokenActive,
  createCalendarToken,
  revokeCalendarToken,
} from "@/lib/server/deadlines/calendar-token";
import { incidentCalendar } from "@/lib/server/deadlines/deadline-calendar";
import { createTestContext, type TestContext } from "./support/test-context";
import { value } from "./support/value";

/*
 * The calendar: an incident's deadlines as .ics for those who may read it, and the personal subscription
 * feed behind a secret token that works until it is replaced or revoked. The feed's route handler is called
 * as Next.js would, on this test's database.
 */
let ctx: TestContext;
let dpo: Actor;
let stranger: Actor;
let incidentId: string;
let foreignIncidentId: string;

async function person(email: string, organizationId: string, role: Role): Promise<Actor> {
  const user = await ctx.db.user.create({ data: { email, name: email } });
  await ctx.db.membership.create({ data: { userId: user.id, organizationId, role } });
  return { kind: "user", userId: user.id, email, memberships: [{ organizationId, role }], ip: "127.0.0.1", via: "web" };
}

const unfold = (text: string) => text.replace(/\r\n /g, "");
const feed = (token: string) =>
  feedRoute(new Request(`https://breachdesk.test/api/calendar/feed/${token}`), { params: Promise.resolve({ token }) });

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-03-28T08:00:00Z") });
  process.env.DATABASE_URL = ctx.url;
  process.env.APP_URL = "https://breachdesk.test";
  const parc = await ctx.db.organization.create({ data: { slug: "parc", name: "Cabinet du Parc" } });
  const other = await ctx.db.organization.create({ data: { slug: "other", name: "Other practice" } });
  dpo = await person("dpo@parc.example", parc.id, "dpo");
  stranger = await person("dpo@other.example", other.id, "dpo");
  const create = (organizationId: string, reference: string, createdById: string) =>
    ctx.db.incident.create({
      data: {
        organizationId,
        reference,
        title: "Lab results, wrong patient; resent",
        description: "x",
        awareAt: new Date("2026-03-27T22:30:00Z"),
        timeZone: "Europe/Paris",
        state: "reported",
        createdById,
      },
    });
  incidentId = (await create(parc.id, "BD-2026-0001", (dpo as { userId: string }).userId)).id;
  foreignIncidentId = (await create(other.id, "BD-2026-0001", (stranger as { userId: string }).userId)).id;
});
afterAll(async () => {
  await closeDb();
  delete process.env.DATABASE_URL;
  await ctx.close();
});

describe("an incident's calendar", () => {
  it("has each open deadline as an event in UTC with alarms, escaped and folded", async () => {
    const { fileName, text } = value(await incidentCalendar(ctx, dpo, incidentId));
    expect(fileName).toBe("BD-2026-0001.ics");
    const lines = unfold(text).split("\r\n");
    expect(lines).toContain("DTSTART:20260330T223000Z");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines).toContain("TRIGGER:-PT48H");
    expect(lines).toContain("TRIGGER:PT0S");
    expect(lines.find((line) => line.startsWith("DESCRIPTION:"))).toContain("Lab results\\, wrong patient\\; resent");
    expect(lines.find((line) => line.startsWith("DESCRIPTION:"))).toContain("31 Mar 2026\\, 00:30 CEST");
    // References are per practice: the event names it, so two practices' BD-2026-0001 are told apart.
    expect(lines.find((line) => line.startsWith("SUMMARY:"))).toMatch(/^SUMMARY:BD-2026-0001 \(Cabinet du Parc\): /);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("is not found for someone of another practice, and says nothing more", async () => {
    expect(await incidentCalendar(ctx, stranger, incidentId)).toMatchObject({ ok: false, error: "not_found" });
    expect(await incidentCalendar(ctx, dpo, foreignIncidentId)).toMatchObject({ ok: false, error: "not_found" });
  });

  it("has no event once the authority notification is filed", async () => {
    const filing = await ctx.db.filing.create({
      data: {
        incidentId,
        authority: "cnil",
        kind: "complete",
        channel: "online_form",
        filedAt: new Date("2026-03-28T07:00:00Z"),
        content: "{}",
        filedById: (dpo as { userId: string }).userId,
      },
    });
    const { text } = value(await incidentCalendar(ctx, dpo, incidentId));
    expect(text).not.toContain("BEGIN:VEVENT");
    await ctx.db.filing.delete({ where: { id: filing.id } });
  });
});

describe("the subscription feed", () => {
  it("serves the person's open deadlines for a live token, stores only its hash, and stops when revoked", async () => {
    expect(await calendarTokenActive(ctx, dpo)).toBe(false);
    const { token } = value(await createCalendarToken(ctx, dpo));
    const stored = await ctx.db.user.findUnique({ where: { id: (dpo as { userId: string }).userId }, select: { calendarTokenHash: true } });
    expect(stored?.calendarTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.calendarTokenHash).not.toContain(token);

    const response = await feed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text).toContain("DTSTART:20260330T223000Z");
    expect(text).toContain(`UID:${incidentId}-gdpr-notify-authority@breachdesk.test`);
    expect(text).not.toContain(foreignIncidentId);

    value(await revokeCalendarToken(ctx, dpo));
    expect((await feed(token)).status).toBe(404);
    expect(await calendarTokenActive(ctx, dpo)).toBe(false);
  });

  it("turns the old link off when a new one is made, and refuses made-up tokens", async () => {
    const first = value(await createCalendarToken(ctx, dpo)).token;
    const second = value(await createCalendarToken(ctx, dpo)).token;
    expect((await feed(first)).status).toBe(404);
    expect((await feed(second)).status).toBe(200);
    expect((await feed("bdcal_" + "A".repeat(43))).status).toBe(404);
    expect((await feed("not-a-token")).status).toBe(404);
    expect(await actorFromCalendarToken(ctx, second, null)).toMatchObject({ kind: "user", email: "dpo@parc.example" });
  });

  it("stops for a disabled person", async () => {
    const { token } = value(await createCalendarToken(ctx, dpo));
    await ctx.db.user.update({ where: { id: (dpo as { userId: string }).userId }, data: { disabledAt: ctx.now() } });
    expect((await feed(token)).status).toBe(404);
    await ctx.db.user.update({ where: { id: (dpo as { userId: string }).userId }, data: { disabledAt: null } });
  });

  it("audits the token's creation and revocation and each feed read", async () => {
    const actions = (await ctx.db.auditEntry.findMany({ select: { action: true } })).map((entry) => entry.action);
    expect(actions).toContain("calendar.token.create");
    expect(actions).toContain("calendar.token.revoke");
    expect(actions).toContain("calendar.feed");
    expect(actions).toContain("calendar.incident");
  });
});
