import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/lib/db/client";
import type { Actor } from "@/lib/server/actor";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { readContent, renderForRecipient } from "@/lib/server/communications/frozen-content";
import { recordOfflineDelivery } from "@/lib/server/communications/record-offline-delivery";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { getNotificationDraft } from "@/lib/server/notification/get-notification-draft";
import { updateNotificationDetails } from "@/lib/server/notification/update-notification-details";
import { exportRegisterCsv } from "@/lib/server/register/export-register-csv";
import { queryRegister } from "@/lib/server/register/query-register";
import { highRiskFacts, incidentToTell, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * The letter, the authority's notification and the register built from the database tell one story: the same
 * system, the same measures done and planned, the practice's own consequences, and the register records the
 * letters posted (reached and not reached). An incident about the deceased only is recorded as no breach.
 */
const NOW = new Date("2026-03-28T12:00:00Z");
const SYSTEM = "Appointment website run by our provider";
const PLANNED = "Move the appointment list behind a login and review every other page of the website.";
const OWN_CONSEQUENCES = "Patients with sensitive diagnoses may be recognised by neighbours.";
const PEOPLE = [
  { name: "Anna Bell", postalAddress: "1 Rue A\n75001 Paris" },
  { name: "Bruno Carré", postalAddress: "2 Rue B\n75002 Paris" },
  { name: "Chloé Dumas", postalAddress: "3 Rue C\n75003 Paris" },
];

let ctx: TestContext;
let manager: Actor;
let dpo: Actor;
let incident: { id: string; reference: string };
let letterId = "";

beforeAll(async () => {
  ctx = await createTestContext({ now: NOW });
  const organisation = await practice(ctx, "agree");
  manager = await person(ctx, "manager", organisation.id, "manager");
  dpo = await person(ctx, "dpo", organisation.id, "dpo");
  incident = await incidentToTell(ctx, manager, dpo);
  const { version } = await ctx.db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { version: true } });
  value(
    await updateNotificationDetails(ctx, dpo, {
      incidentId: incident.id,
      version,
      systemsInvolved: SYSTEM,
      measuresProposed: PLANNED,
      likelyConsequences: OWN_CONSEQUENCES,
      dataItems: "Name, date of birth and diagnosis",
    }),
  );
  letterId = value(
    await createCommunicationDraft(ctx, manager, { incidentId: incident.id, language: "en", channel: "letter", recipients: PEOPLE }),
  ).communication.id;
  value(await approveCommunication(ctx, dpo, { communicationId: letterId }));
  const chloe = (
    await ctx.db.recipient.findMany({ where: { communicationId: letterId }, select: { id: true }, orderBy: { createdAt: "asc" } })
  )[2]!;
  value(
    await recordOfflineDelivery(ctx, dpo, {
      communicationId: letterId,
      sentAt: "2026-03-28T12:00:00Z",
      how: "first-class post",
      notPosted: [{ recipientId: chloe.id, reason: "address unknown" }],
    }),
  );
});
afterAll(async () => {
  await closeDb();
  delete process.env.DATABASE_URL;
  await ctx.close();
});

describe("the letter and the notification read the same details", () => {
  it("the approved letter names the system, keeps planned measures apart and includes the practice's consequences", async () => {
    const row = await ctx.db.communication.findUniqueOrThrow({ where: { id: letterId }, select: { id: true, content: true } });
    const content = readContent(row);
    if (content.state !== "approved") throw new Error("expected approved content");
    const rendered = renderForRecipient(content.input, "en", "Anna Bell");
    if (!rendered.ok) throw new Error(rendered.missing.join(", "));
    const text = rendered.message.text;
    expect(text).toContain(`System concerned: ${SYSTEM}`);
    expect(text).toContain(OWN_CONSEQUENCES);
    expect(text).toContain("In detail: Name, date of birth and diagnosis");
    const done = text.slice(text.indexOf("What we have done"), text.indexOf("What we will still do"));
    expect(done).toContain("The page was taken down");
    expect(done).not.toContain(PLANNED);
    expect(text.slice(text.indexOf("What we will still do"))).toContain(PLANNED);
  });

  it("the authority's notification carries the same system and the same planned measures", async () => {
    const draft = value(await getNotificationDraft(ctx, dpo, { incidentId: incident.id }));
    expect(draft.content.nature.systems).toBe(SYSTEM);
    expect(draft.content.measures).toEqual({
      taken: "The page was taken down and the list removed from the web server.",
      proposed: PLANNED,
    });
    const fields = draft.document.sections.flatMap((section) => section.blocks);
    expect(fields.find((block) => block.field === "nature.systems")).toMatchObject({ text: SYSTEM });
  });
});

describe("the register", () => {
  it("records the letters posted, who was not reached, the planned measures and the practice's consequences", async () => {
    const view = value(await queryRegister(ctx, dpo));
    const row = view.rows.find((candidate) => candidate.reference === incident.reference)!;
    expect(row.communications).toEqual([
      expect.objectContaining({
        communicationId: letterId,
        channel: "letter",
        language: "en",
        reached: 2,
        notReached: 1,
        sentAt: "2026-03-28T12:00:00.000Z",
      }),
    ]);
    expect(row.remedialAction.planned).toBe(PLANNED);
    expect(row.effects.likelyConsequences[0]).toBe(OWN_CONSEQUENCES);
    const csv = value(await exportRegisterCsv(ctx, dpo)).body;
    expect(csv).toContain(`letter (en) · 2 reached, 1 not reached`);
    expect(csv).toContain(PLANNED);
  });

  it("records an incident about the deceased only as not a personal-data breach", async () => {
    const created = value(
      await createIncident(ctx, manager, {
        title: "Archive of deceased patients' files",
        description: "A box of files of patients who died before 1990 was left in the corridor.",
        awareAt: "2026-03-27T10:00:00+01:00",
        timeZone: "Europe/Paris",
        facts: { ...highRiskFacts, scope: "deceased_only" },
        submit: true,
      }),
    );
    const row = value(await queryRegister(ctx, dpo)).rows.find((candidate) => candidate.reference === created.reference)!;
    expect(row.personalDataBreach).toEqual({ is: false, reason: expect.stringContaining("deceased people only"), scope: "deceased_only" });
    expect(row.communications).toEqual([]);
  });
});
