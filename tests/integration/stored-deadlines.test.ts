import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { finishIfDone } from "@/lib/server/communications/communication-status";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { sendCommunication } from "@/lib/server/communications/send-communication";
import { loadOpenDeadlines } from "@/lib/server/deadlines/load-open-obligations";
import { openObligations } from "@/lib/server/deadlines/open-obligations";
import { deadlineRulesFingerprint, ensureStoredDeadlines } from "@/lib/server/deadlines/stored-deadlines";
import { openDeadlines } from "@/lib/server/deadlines/incident-obligations";
import { recordFiling } from "@/lib/server/filings/record-filing";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { highRiskFacts, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * The dashboard reads stored open deadlines (lib/server/deadlines/stored-deadlines.ts). They are derived
 * data: after every kind of change they depend on, made through the services as people make them, the
 * stored rows must equal a fresh computation from the incident's records. A service that forgets to
 * refresh them fails here.
 */
let ctx: TestContext;
let manager: Actor;
let dpo: Actor;
let incidentId = "";
let version = 0;
const now = new Date("2026-03-28T10:00:00Z");
const awareAt = "2026-03-27T09:30:00+01:00";
const WHY = "Health data of a thousand patients was published on the internet.";

const line = (
  incident: { id: string; reference: string; timeZone: string },
  d: { regime: string; obligation: string; due: Date; dueUnder1182?: Date | null; provisional: boolean; internalTarget: boolean },
) =>
  `${incident.id}|${d.regime}|${d.obligation}|${d.due.toISOString()}|` +
  `${d.dueUnder1182?.toISOString() ?? "-"}|${d.provisional}|${d.internalTarget}|${incident.reference}|${incident.timeZone}`;

/** Stored rows and a fresh computation, as comparable lines. */
async function storedAndComputed() {
  const computed = (await loadOpenDeadlines(ctx.db, {}))
    .flatMap(({ incident, deadlines }) => deadlines.map((d) => line(incident, d)))
    .sort();
  const stored = (await ctx.db.incidentDeadline.findMany())
    .map((row) => line({ ...row, id: row.incidentId }, { ...row, due: row.dueAt, dueUnder1182: row.dueUnder1182At }))
    .sort();
  return { stored, computed };
}

/** Runs a change and checks that the stored deadlines followed it (and that it did change them). */
async function afterChange(change: () => Promise<unknown>): Promise<string[]> {
  const before = (await storedAndComputed()).stored;
  await change();
  const { stored, computed } = await storedAndComputed();
  expect(stored).toEqual(computed);
  expect(stored).not.toEqual(before);
  return stored;
}

const obligationsOf = (lines: string[]) => lines.map((l) => l.split("|").slice(1, 3).join(":"));

beforeAll(async () => {
  ctx = await createTestContext({ now });
  const org = await practice(ctx, "practice-a");
  manager = await person(ctx, "manager", org.id, "manager");
  dpo = await person(ctx, "dpo", org.id, "dpo");
});
afterAll(async () => ctx.close());

describe("stored open deadlines", () => {
  it("follow every change made through the services, from logging to closing", async () => {
    let lines = await afterChange(async () => {
      const created = value(
        await createIncident(ctx, manager, {
          title: "Patient list published",
          description: "The appointment list with diagnoses was on the public website for a day.",
          awareAt,
          discoveredAt: awareAt,
          timeZone: "Europe/Paris",
          containment: "The page was taken down and the list removed from the web server.",
          facts: highRiskFacts,
          submit: true,
        }),
      );
      incidentId = created.id;
      version = created.version;
    });
    expect(obligationsOf(lines)).toEqual(["gdpr:notify-authority"]);

    const dueBefore = lines[0]!.split("|")[3];
    lines = await afterChange(async () => {
      version = value(
        await updateIncident(ctx, manager, {
          incidentId,
          version,
          discoveredAt: "2026-03-27T07:30:00+01:00",
          awareAt: "2026-03-27T07:30:00+01:00",
        }),
      ).version;
    });
    expect(lines[0]!.split("|")[3]).not.toBe(dueBefore);

    lines = await afterChange(async () => {
      version = value(await updateIncident(ctx, manager, { incidentId, version, regimes: ["gdpr", "nis2"] })).version;
    });
    expect(obligationsOf(lines)).toContain("nis2:early-warning");

    // The rows carry the incident's zone, which the dashboard counts and shows them by.
    lines = await afterChange(async () => {
      version = value(await updateIncident(ctx, manager, { incidentId, version, timeZone: "Europe/Prague" })).version;
    });
    expect(lines.every((l) => l.endsWith("|Europe/Prague"))).toBe(true);

    value(await changeIncidentState(ctx, dpo, { incidentId, to: "under_assessment" }));
    lines = await afterChange(async () => {
      value(
        await createAssessment(ctx, dpo, {
          incidentId,
          authorityDecision: "accept",
          authorityRationale: WHY,
          subjectsDecision: "accept",
          subjectsRationale: WHY,
        }),
      );
    });
    expect(obligationsOf(lines)).toContain("gdpr:communicate-subjects");

    lines = await afterChange(async () => {
      value(await recordFiling(ctx, dpo, { incidentId, kind: "initial", channel: "online_form", filedAt: "2026-03-28T09:00:00Z" }));
    });
    expect(obligationsOf(lines)).not.toContain("gdpr:notify-authority");
    expect(obligationsOf(lines)).toContain("gdpr:follow-up-notification");

    lines = await afterChange(async () => {
      value(await recordFiling(ctx, dpo, { incidentId, kind: "complete", channel: "online_form", filedAt: "2026-03-28T09:30:00Z" }));
    });
    expect(obligationsOf(lines)).not.toContain("gdpr:follow-up-notification");

    const current = await ctx.db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { state: true } });
    expect(current.state).toBe("notified");
    lines = await afterChange(async () => {
      value(await changeIncidentState(ctx, dpo, { incidentId, to: "closed", note: "Closed before the letters: reopened below." }));
    });
    expect(lines).toEqual([]);
    lines = await afterChange(async () => {
      value(await changeIncidentState(ctx, dpo, { incidentId, to: "under_assessment", note: "The people were not told yet." }));
    });
    expect(obligationsOf(lines)).toEqual(["gdpr:communicate-subjects"]);

    lines = await afterChange(async () => {
      const communicationId = value(
        await createCommunicationDraft(ctx, dpo, {
          incidentId,
          language: "en",
          channel: "email",
          recipients: [{ name: "Eva Patient", email: "eva@example.org" }],
        }),
      ).communication.id;
      value(await approveCommunication(ctx, dpo, { communicationId }));
      value(await sendCommunication(ctx, dpo, { communicationId }));
      // What the outbox worker does once the message is accepted (tested with real SMTP elsewhere).
      await ctx.db.recipient.updateMany({ where: { communicationId }, data: { status: "sent", sentAt: now } });
      expect(await finishIfDone(ctx.db, ctx.provider, communicationId, now)).toBe(true);
    });
    expect(lines).toEqual([]);
  });

  it("are what the dashboard shows", async () => {
    const other = value(
      await createIncident(ctx, manager, {
        title: "Letter to the wrong patient",
        description: "A lab result went to another patient.",
        awareAt,
        timeZone: "Europe/Paris",
        facts: highRiskFacts,
        submit: true,
      }),
    );
    const view = value(await openObligations(ctx, dpo));
    const { stored } = await storedAndComputed();
    expect(view.items.map((item) => `${item.incidentId}:${item.regime}:${item.obligation}`).sort()).toEqual(
      stored.map((l) => l.split("|").slice(0, 3).join(":")).sort(),
    );
    expect(view.items.some((item) => item.incidentId === other.id)).toBe(true);
  });

  it("are rebuilt on start-up when they were computed by other rules, and left alone otherwise", async () => {
    const { computed } = await storedAndComputed();
    expect(computed.length).toBeGreaterThan(0);
    await ensureStoredDeadlines(ctx.db, ctx.provider);
    expect(await ensureStoredDeadlines(ctx.db, ctx.provider)).toEqual({ rebuilt: false, incidents: 0 });

    // An older release's rows: wrong and missing, under another fingerprint.
    await ctx.db.incidentDeadline.deleteMany();
    await ctx.db.systemState.update({ where: { key: "deadline-rules" }, data: { value: "rules of an older release" } });
    expect((await storedAndComputed()).stored).toEqual([]);
    expect(await ensureStoredDeadlines(ctx.db, ctx.provider)).toMatchObject({ rebuilt: true });
    expect((await storedAndComputed()).stored).toEqual(computed);
  });
});

describe("the deadline rules' fingerprint", () => {
  it("is stable, and changes when the rules answer differently", () => {
    expect(deadlineRulesFingerprint()).toBe(deadlineRulesFingerprint());
    const shifted: typeof openDeadlines = (records) => openDeadlines(records).map((d) => ({ ...d, due: new Date(d.due.getTime() + 1) }));
    expect(deadlineRulesFingerprint(shifted)).not.toBe(deadlineRulesFingerprint());
  });
});
