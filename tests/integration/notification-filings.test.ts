import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTHORITY_PROFILES, deriveConsequences } from "@/lib/domain/notification";
import type { Actor, Role } from "@/lib/server/actor";
import { followUpDraft, listFilings } from "@/lib/server/filings/list-filings";
import { recordFiling } from "@/lib/server/filings/record-filing";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { exportIncidentDocument } from "@/lib/server/notification/export-documents";
import { exportNotification, getNotificationDraft } from "@/lib/server/notification/get-notification-draft";
import { extractPdf } from "../unit/documents/pdf-text";
import { createTestContext, type TestContext } from "./support/test-context";
import { stolenRecords } from "./support/facts";
import { value } from "./support/value";
import { member } from "./support/member";
import { acceptBothSuggestions } from "./support/assessed";

/* The Art. 33 draft, its PDF and JSON, and filings: DPO only, exact content kept, late filings explained. */
let ctx: TestContext;
let orgId: string;
const people: Record<string, Actor & { kind: "user" }> = {};

const facts = stolenRecords(5300, 6100);
const DESCRIPTION = "An attacker copied the appointment database through a stolen password.";
const MEASURES = "Passwords reset, the database server isolated, two-factor sign-in enforced.";
const WHY = "Health data of thousands of patients reached unknown people.";

async function person(key: string, organizationId: string, role: Role) {
  people[key] = await member(ctx, key, organizationId, role);
}

/** A reported, assessed and decided incident, aware at `awareAt`. */
async function decidedIncident(awareAt = "2026-03-27T09:30:00+01:00") {
  const aware = new Date(awareAt).getTime();
  const before = (hours: number) => new Date(aware - hours * 3_600_000).toISOString();
  const incident = value(
    await createIncident(ctx, people.manager!, {
      title: "Appointment database copied",
      description: DESCRIPTION,
      occurredAt: before(13.5),
      discoveredAt: before(1.5),
      awareAt,
      timeZone: "Europe/Dublin",
      discoveryMethod: "Our IT provider saw the download in the server logs.",
      containment: MEASURES,
      ongoing: false,
      containedAt: before(0.5),
      awarenessDelayReason: "The IT provider needed an hour and a half to confirm that patient data had been copied.",
      facts,
      submit: true,
    }),
  );
  await acceptBothSuggestions(ctx, people.dpo!, incident.id, WHY);
  return incident.id;
}

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-03-28T10:00:00Z") });
  const a = await ctx.db.organization.create({
    data: {
      slug: "practice-a",
      name: "Dublin Family Practice",
      country: "IE",
      address: "1 Main Street, Dublin",
      dpoName: "Aoife Byrne",
      dpoEmail: "dpo@practice.ie",
      dpoPhone: "+353 1 555 0100",
    },
  });
  const b = await ctx.db.organization.create({ data: { slug: "practice-b", name: "Practice B" } });
  orgId = a.id;
  for (const role of ["manager", "dpo", "lawyer"] as const) await person(role, a.id, role);
  await person("stranger", b.id, "dpo");
});
afterAll(async () => ctx.close());

describe("the notification draft", () => {
  it("for a complete incident: nothing Art. 33(3) requires is missing, the authority is the organisation's (DPC), audited", async () => {
    const incidentId = await decidedIncident();
    const draft = value(await getNotificationDraft(ctx, people.manager!, { incidentId }));
    expect(draft.authority.id).toBe("dpc");
    expect(draft.missing.filter((item) => item.requiredFor === "art33")).toEqual([]);
    expect(draft.art33Complete).toBe(true);
    expect(draft.content.contactPoint).toMatchObject({ name: "Aoife Byrne", email: "dpo@practice.ie" });
    expect(draft.content.nature).toMatchObject({ description: DESCRIPTION, approximateSubjects: 5300, approximateRecords: 6100 });
    expect(draft.content.measures.taken).toBe(MEASURES);
    expect(draft.content.likelyConsequences.riskLevel).toBe("high");
    expect(draft.templateAnswers.answers.length).toBeGreaterThan(10);
    // Every one of the EDPB template's 100 questions is answered, listed as missing, or does not arise (issue #8).
    const { coverage } = draft.templateAnswers;
    expect(coverage.questions).toBe(100);
    expect(coverage.answered + coverage.missing + coverage.notApplicable).toBe(100);
    expect(draft.notifyAuthorityBy).toBe("2026-03-30T08:30:00.000Z");
    expect(await ctx.db.auditEntry.count({ where: { incidentId, action: "notification.read" } })).toBe(1);

    expect(value(await getNotificationDraft(ctx, people.lawyer!, { incidentId, authority: "cnil" })).authority.id).toBe("cnil");
    expect(await getNotificationDraft(ctx, people.stranger!, { incidentId })).toMatchObject({ ok: false, error: "not_found" });
    expect(await getNotificationDraft(ctx, people.dpo!, { incidentId, authority: "nowhere" })).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "authority" }],
    });
  });

  it("for an incomplete incident: the missing items in plain words", async () => {
    const draft = value(
      await createIncident(ctx, people.manager!, {
        title: "Laptop stolen",
        awareAt: "2026-03-27T09:30:00+01:00",
        timeZone: "Europe/Dublin",
        facts: { breachTypes: ["confidentiality"] },
      }),
    );
    const result = value(await getNotificationDraft(ctx, people.dpo!, { incidentId: draft.id }));
    expect(result.art33Complete).toBe(false);
    const ids = result.missing.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining(["nature.description", "nature.dataCategories", "nature.subjectCount", "measures"]));
    expect(result.missing.find((item) => item.id === "nature.subjectCount")!.message).toMatch(/estimate is enough/);
  });
});

describe("the notification PDF", () => {
  it("of a complete incident holds every Art. 33(3) item, as pdftotext reads it", async () => {
    const incidentId = await decidedIncident();
    const pdf = value(await exportNotification(ctx, people.dpo!, { incidentId, format: "pdf" }));
    expect(pdf.fileName).toMatch(/\.pdf$/);
    const text = extractPdf(pdf.bytes).all.replace(/\s+/g, " ");
    // (a) nature, categories and approximate numbers of people and records
    expect(text).toContain(DESCRIPTION);
    expect(text).toMatch(/5,300/);
    expect(text).toMatch(/6,100/);
    expect(text).toMatch(/Patients/i);
    // (b) the DPO's name and contact details
    expect(text).toContain("Aoife Byrne");
    expect(text).toContain("dpo@practice.ie");
    // (c) likely consequences (derived from the facts, flagged as such)
    const firstConsequence = AUTHORITY_PROFILES.dpc.vocabulary.consequences[deriveConsequences(facts)[0]!].replace(/\s+/g, " ");
    expect(text).toContain(firstConsequence.slice(0, 40));
    // (d) the measures taken
    expect(text).toContain(MEASURES);
    expect(text).not.toMatch(/Still missing before filing/);
    expect(await ctx.db.auditEntry.count({ where: { incidentId, action: "notification.export" } })).toBe(1);
  });

  it("of an incomplete incident lists what is missing instead", async () => {
    const draft = value(
      await createIncident(ctx, people.manager!, {
        title: "Laptop stolen",
        awareAt: "2026-03-27T09:30:00+01:00",
        timeZone: "Europe/Dublin",
        facts: { breachTypes: ["confidentiality"] },
      }),
    );
    const pdf = value(await exportNotification(ctx, people.dpo!, { incidentId: draft.id, format: "pdf" }));
    const text = extractPdf(pdf.bytes).all.replace(/\s+/g, " ");
    expect(text).toMatch(/Still missing before filing/);
    expect(text).toMatch(/how many patients or other people are affected/);
    expect(text).toMatch(/Describe in a few sentences what happened/);
  });

  it("JSON export carries the content and the template answers; the assessment and register entry render too", async () => {
    const incidentId = await decidedIncident();
    const json = JSON.parse(
      Buffer.from(value(await exportNotification(ctx, people.lawyer!, { incidentId, format: "json" })).bytes).toString("utf8"),
    );
    expect(json.content.nature.description).toBe(DESCRIPTION);
    expect(json.templateAnswers.answers.length).toBeGreaterThan(10);
    const assessment = extractPdf(
      value(await exportIncidentDocument(ctx, people.lawyer!, { incidentId, document: "assessment" })).bytes,
    ).all;
    expect(assessment).toContain(WHY);
    expect(assessment).toMatch(/ENISA/);
    const register = extractPdf(
      value(await exportIncidentDocument(ctx, people.lawyer!, { incidentId, document: "register-entry" })).bytes,
    ).all;
    expect(register).toMatch(/Remedial action/);
  });
});

describe("recording a filing", () => {
  it("is the DPO's: the manager and the lawyer are forbidden, another organisation's DPO finds nothing", async () => {
    const incidentId = await decidedIncident();
    const input = { incidentId, kind: "initial", channel: "online_form", filedAt: "2026-03-28T09:00:00Z" } as const;
    expect(await recordFiling(ctx, people.manager!, input)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await recordFiling(ctx, people.lawyer!, input)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await recordFiling(ctx, people.stranger!, input)).toMatchObject({ ok: false, error: "not_found" });
    expect(await ctx.db.filing.count({ where: { incidentId } })).toBe(0);
  });

  it("stores the exact content sent, the receipt as an attachment, and moves decided to notified", async () => {
    const incidentId = await decidedIncident();
    const draft = value(await getNotificationDraft(ctx, people.dpo!, { incidentId }));
    const receipt = new File([Buffer.from("%PDF-1.7\nreceipt DPC-2026-123\n%%EOF\n")], "dpc-receipt.pdf", { type: "application/pdf" });
    const filing = value(
      await recordFiling(ctx, people.dpo!, {
        incidentId,
        kind: "initial",
        channel: "online_form",
        filedAt: ctx.clock.now.toISOString(),
        authorityReference: "DPC-2026-123",
        receipt,
      }),
    );
    expect(filing.content).toEqual(draft.content);
    expect(filing).toMatchObject({ authority: "dpc", kind: "initial", authorityReference: "DPC-2026-123", lateReason: null });
    const attachment = await ctx.db.attachment.findUniqueOrThrow({ where: { id: filing.receiptAttachmentId! } });
    expect(attachment.purpose).toBe("receipt");
    expect(value(await getIncident(ctx, people.dpo!, { incidentId })).state).toBe("notified");
    // The stored content does not move when the incident does.
    const stored = await ctx.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    expect(stored.content).not.toContain(DESCRIPTION);
    const incident = value(await getIncident(ctx, people.dpo!, { incidentId }));
    value(
      await updateIncident(ctx, people.dpo!, {
        incidentId,
        version: incident.version,
        description: `${DESCRIPTION} The attacker also read e-mails.`,
      }),
    );
    expect(value(await listFilings(ctx, people.lawyer!, { incidentId }))[0]!.content.nature.description).toBe(DESCRIPTION);
    expect(await ctx.db.auditEntry.count({ where: { incidentId, action: "filing.create" } })).toBe(1);

    // A second filing is a follow-up or complete; "initial" again is refused.
    expect(
      await recordFiling(ctx, people.dpo!, { incidentId, kind: "initial", channel: "email", filedAt: ctx.clock.now.toISOString() }),
    ).toMatchObject({ ok: false, fields: [{ field: "kind" }] });
    const followUp = value(await followUpDraft(ctx, people.dpo!, { incidentId }));
    expect(followUp.changes).toEqual([
      { path: "nature.description", before: DESCRIPTION, after: `${DESCRIPTION} The attacker also read e-mails.` },
    ]);
  });

  it("after the 72-hour deadline needs the reasons for the delay (lateReason), then keeps them", async () => {
    const incidentId = await decidedIncident("2026-03-24T09:30:00+01:00");
    const late = { incidentId, kind: "initial", channel: "email", filedAt: "2026-03-28T09:00:00Z" } as const;
    const refused = await recordFiling(ctx, people.dpo!, late);
    expect(refused).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "lateReason" }] });
    if (!refused.ok && refused.error === "invalid") expect(refused.fields[0]!.problem).toMatch(/Art\. 33\(1\)/);
    expect(await ctx.db.filing.count({ where: { incidentId } })).toBe(0);
    const reason = "The IT provider confirmed the copy only on 27 March, after a forensic analysis.";
    const filing = value(await recordFiling(ctx, people.dpo!, { ...late, lateReason: reason }));
    expect(filing.lateReason).toBe(reason);
    expect(filing.content.delay).toMatchObject({ late: true, reasons: reason });
    // Within the deadline, no reason is asked.
    const onTime = await decidedIncident("2026-03-27T09:30:00+01:00");
    expect(
      value(
        await recordFiling(ctx, people.dpo!, { incidentId: onTime, kind: "initial", channel: "email", filedAt: "2026-03-28T09:00:00Z" }),
      ).content.delay.late,
    ).toBe(false);
  });

  it("refuses a filing time in the future or before awareness, naming filedAt", async () => {
    const incidentId = await decidedIncident();
    expect(
      await recordFiling(ctx, people.dpo!, { incidentId, kind: "initial", channel: "email", filedAt: "2026-04-30T09:00:00Z" }),
    ).toEqual({ ok: false, error: "invalid", fields: [{ field: "filedAt", problem: "must not be in the future" }] });
    expect(
      await recordFiling(ctx, people.dpo!, { incidentId, kind: "initial", channel: "email", filedAt: "2026-03-20T09:00:00Z" }),
    ).toMatchObject({ ok: false, fields: [{ field: "filedAt" }] });
    expect(
      await recordFiling(ctx, people.dpo!, { incidentId, kind: "follow_up", channel: "email", filedAt: "2026-03-28T09:00:00Z" }),
    ).toMatchObject({ ok: false, fields: [{ field: "kind" }] });
    expect(orgId).toBeTruthy();
  });
});
