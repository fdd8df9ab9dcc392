import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegimeId } from "@/lib/domain/deadlines";
import type { BreachFacts } from "@/lib/schemas/breach-facts";
import type { Actor, Role } from "@/lib/server/actor";
import { clocksOf } from "@/components/incidents/file/clock-view";
import { getIncidentDeadlines } from "@/lib/server/deadlines/get-incident-deadlines";
import { incidentClockDeadlines } from "@/lib/server/deadlines/incident-clocks";
import { recordFiling } from "@/lib/server/filings/record-filing";
import { getNotificationDraft } from "@/lib/server/notification/get-notification-draft";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { exportRegisterCsv } from "@/lib/server/register/export-register-csv";
import { queryRegister } from "@/lib/server/register/query-register";
import { createTestContext, type TestContext } from "./support/test-context";
import { stolenRecords } from "./support/facts";
import { value } from "./support/value";

/*
 * The register's deadlines and lateness, built from the database: each filing is judged against its own
 * regime's deadline and against the legal limit of Regulation 1182/71, and a processor's deadline is its duty
 * to the controller. The deadlines endpoint counts the practice's Member State's public holidays.
 */
let ctx: TestContext;
let dpo: Actor & { kind: "user" };
const ids: Record<string, string> = {};
const HOUR = 3_600_000;

const facts = (role: BreachFacts["role"]) =>
  stolenRecords(120, 130, { role, confidentiality: { recipients: "public", exfiltration: "confirmed" } });

// Monday 1 June 2026, 10:20 in Paris: the 72 h end at 08:20Z on Thursday, the legal limit at 09:00Z.
const AWARE = "2026-06-01T08:20:00Z";
const after = (hours: number) => new Date(Date.parse(AWARE) + hours * HOUR);

async function incident(key: string, role: BreachFacts["role"], regimes: RegimeId[], filedAt: Date | null) {
  ids[key] = value(
    await createIncident(ctx, dpo, {
      title: key,
      description: "d",
      awareAt: AWARE,
      timeZone: "Europe/Paris",
      facts: facts(role),
      regimes,
      submit: true,
    }),
  ).id;
  if (filedAt) {
    await ctx.db.filing.create({
      data: {
        incidentId: ids[key]!,
        authority: "cnil",
        kind: "initial",
        channel: "online_form",
        filedAt,
        content: "{}",
        filedById: dpo.userId,
      },
    });
  }
}

async function person(organizationId: string, role: Role) {
  const user = await ctx.db.user.create({ data: { email: `${role}@example.org`, name: role } });
  await ctx.db.membership.create({ data: { userId: user.id, organizationId, role } });
  return {
    kind: "user" as const,
    userId: user.id,
    email: user.email,
    memberships: [{ organizationId, role }],
    ip: null,
    via: "web" as const,
  };
}

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-08-01T00:00:00Z") });
  const practice = await ctx.db.organization.create({
    data: { slug: "cabinet", name: "Cabinet", country: "FR", regimes: JSON.stringify(["gdpr", "eprivacy"]) },
  });
  dpo = await person(practice.id, "dpo");
  await incident("bothRegimes", "controller", ["gdpr", "eprivacy"], after(30));
  await incident("withinLegalLimit", "controller", ["gdpr"], after(72.5));
  await incident("afterLegalLimit", "controller", ["gdpr"], after(73));
  await incident("processor", "processor", ["gdpr", "eprivacy"], null);
});
afterAll(async () => ctx.close());

const rowOf = async (key: string) => value(await queryRegister(ctx, dpo)).rows.find((row) => row.incidentId === ids[key])!;

describe("the register judges each filing against its own regime's deadline", () => {
  it("a GDPR filing after ePrivacy's 24 h but within the GDPR 72 h is on time", async () => {
    const row = await rowOf("bothRegimes");
    expect(row).toMatchObject({ filing: "on_time", filingStanding: "on_time", notifyAuthorityBy: "2026-06-04T08:20:00.000Z" });
    expect(row.deadline).toMatchObject({ regime: "gdpr", obligation: "notify-authority", label: "Notify the authority by" });
  });

  it("after the 72 hours but within the legal limit, and after the legal limit, are told apart", async () => {
    const within = await rowOf("withinLegalLimit");
    expect(within).toMatchObject({
      filing: "late",
      filingStanding: "late_within_legal_limit",
      filingInWords: "after the 72 h but within the legal limit under Regulation 1182/71",
    });
    expect(within.deadline?.legalLimit).toBe("2026-06-04T09:00:00.000Z");
    const beyond = await rowOf("afterLegalLimit");
    expect(beyond).toMatchObject({ filing: "late", filingStanding: "after_legal_limit" });
  });

  it("a processor's deadline is its duty to the controller, labelled so, and never an authority deadline", async () => {
    const row = await rowOf("processor");
    expect(row.notifyAuthorityBy).toBeNull();
    expect(row.notifyControllerBy).toBe("2026-06-02T08:20:00.000Z");
    expect(row.deadline).toMatchObject({ obligation: "notify-controller", label: "Notify the controller by" });
    expect(row.processorDuty).toBe("Tell the controller without undue delay (GDPR Art. 33(2))");
  });

  it("the notification page names the same deadline: the controller's for a processor, GDPR's with ePrivacy beside it", async () => {
    const processor = value(await getNotificationDraft(ctx, dpo, { incidentId: ids.processor! }));
    expect(processor.deadline).toMatchObject({
      label: "Notify the controller by",
      basis: "GDPR Art. 33(2)",
      due: "2026-06-02T08:20:00.000Z",
    });
    const controller = value(await getNotificationDraft(ctx, dpo, { incidentId: ids.bothRegimes! }));
    expect(controller.deadline).toMatchObject({
      label: "Notify the authority by",
      basis: "GDPR Art. 33(1)",
      legalLimit: "2026-06-04T09:00:00.000Z",
    });
  });

  it("recording a late filing asks for the reasons and says whether it is within the legal limit", async () => {
    await incident("toFile", "controller", ["gdpr", "eprivacy"], null);
    const within = await recordFiling(ctx, dpo, {
      incidentId: ids.toFile!,
      kind: "initial",
      channel: "online_form",
      filedAt: after(72.5).toISOString(),
    });
    expect(within).toMatchObject({
      ok: false,
      fields: [
        { field: "lateReason", problem: expect.stringContaining("after the 72 h but within the legal limit under Regulation 1182/71") },
      ],
    });
    const beyond = await recordFiling(ctx, dpo, {
      incidentId: ids.toFile!,
      kind: "initial",
      channel: "online_form",
      filedAt: after(73).toISOString(),
    });
    expect(beyond).toMatchObject({
      ok: false,
      fields: [{ field: "lateReason", problem: expect.stringContaining("after the legal limit") }],
    });
    // After ePrivacy's 24 h but within the GDPR 72 h: no reasons asked.
    expect(
      (await recordFiling(ctx, dpo, { incidentId: ids.toFile!, kind: "initial", channel: "online_form", filedAt: after(30).toISOString() }))
        .ok,
    ).toBe(true);
  });

  it("the CSV says the same", async () => {
    const csv = value(await exportRegisterCsv(ctx, dpo, {}));
    const text = JSON.stringify(csv);
    expect(text).toContain("Notify controller by (UTC)");
    expect(text).toContain("after the 72 h but within the legal limit under Regulation 1182/71");
  });
});

describe("the deadlines endpoint counts the practice's Member State's holidays", () => {
  it("names the holidays used, and moves an ePrivacy completion past 14 July", async () => {
    const key = "holiday";
    ids[key] = value(
      await createIncident(ctx, dpo, {
        title: key,
        description: "d",
        awareAt: "2026-07-10T08:00:00Z",
        timeZone: "Europe/Paris",
        facts: facts("controller"),
        regimes: ["eprivacy"],
        submit: true,
      }),
    ).id;
    await ctx.db.filing.create({
      data: {
        incidentId: ids[key]!,
        authority: "cnil",
        kind: "initial",
        channel: "online_form",
        filedAt: new Date("2026-07-11T08:00:00Z"),
        content: "{}",
        filedById: dpo.userId,
      },
    });
    const deadlines = value(await getIncidentDeadlines(ctx, dpo, { incidentId: ids[key]! }));
    expect(deadlines.holidays).toMatchObject({ country: "FR", region: null });
    const complete = deadlines.deadlines.find((deadline) => deadline.obligation === "complete-notification");
    expect(complete).toMatchObject({ dueUnder1182: "2026-07-15T22:00:00.000Z", holidaysOf: "FR" });
  });

  it("the incident page's clocks read the same deadlines: the filing met the first, the completion runs to 15 July", async () => {
    const endpoint = value(await getIncidentDeadlines(ctx, dpo, { incidentId: ids.holiday! }));
    const known = await incidentClockDeadlines(ctx, dpo, ids.holiday!);
    expect(
      known?.map(
        ({ deadline, met }) => `${deadline.obligation}@${deadline.due.toISOString()}/${deadline.dueUnder1182?.toISOString()}:${met}`,
      ),
    ).toEqual(endpoint.deadlines.map((d) => `${d.obligation}@${d.due}/${d.dueUnder1182}:${d.status === "met"}`));
    const clocks = clocksOf(
      { awareAt: "2026-07-10T08:00:00Z", timeZone: "Europe/Paris", regimes: ["eprivacy"], facts: facts("controller"), state: "notified" },
      ctx.now(),
      known,
    );
    expect(clocks.map((clock) => [clock.label, clock.standing.startsWith("met") ? "met" : "open"])).toEqual([
      ["Notify the supervisory authority", "met"],
      ["Complete the notification", "open"],
    ]);
    expect(clocks[1]?.legalLimit).toBe("16 Jul 2026, 00:00 CEST");
  });
});
