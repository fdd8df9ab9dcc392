import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { addRecipient } from "@/lib/server/communications/add-recipient";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { editCommunicationText, getCommunicationText } from "@/lib/server/communications/communication-text";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { getCommunication } from "@/lib/server/communications/get-communication";
import { incidentIn, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * Approval covers the DPO's own wording, so it is her text that must hold what Art. 34(2) asks (the nature, the
 * contact point, the likely consequences, the measures), not only the incident it was first written from. An
 * edit that drops one is refused naming what is missing, and the page's checklist says the same.
 */
let ctx: TestContext;
let dpo: Actor;
let incidentId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const a = await practice(ctx, "practice-edited");
  const manager = await person(ctx, "manager", a.id, "manager");
  dpo = await person(ctx, "dpo", a.id, "dpo");
  incidentId = await incidentIn(ctx, a.id, (manager as { userId: string }).userId, "BD-2026-0001");
});
afterAll(async () => ctx.close());

async function letterWith(edit: (generated: string) => string, language: "en" | "fr" = "en") {
  const communicationId = value(await createCommunicationDraft(ctx, dpo, { incidentId, language, channel: "letter" })).communication.id;
  value(
    await addRecipient(ctx, dpo, {
      communicationId,
      recipient: { name: "Marie Dubois", postalAddress: "3 rue des Lilas\n75011 Paris" },
    }),
  );
  const generated = value(await getCommunicationText(ctx, dpo, { communicationId }));
  value(await editCommunicationText(ctx, dpo, { communicationId, subject: generated.subject, text: edit(generated.text) }));
  return { communicationId, generated: generated.text };
}

/** The generated text without the paragraphs from the one starting with `heading` up to the next heading `until`. */
function without(text: string, heading: string, until: string): string {
  const start = text.indexOf(heading);
  const end = text.indexOf(until, start + heading.length);
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return text.slice(0, start) + text.slice(end);
}

async function refusal(communicationId: string) {
  const approved = await approveCommunication(ctx, dpo, { communicationId });
  expect(approved.ok).toBe(false);
  return approved.ok || approved.error !== "invalid" ? [] : approved.fields;
}

describe("approving the DPO's own wording", () => {
  it("goes through when her text keeps every part, reworded elsewhere", async () => {
    const { communicationId } = await letterWith((text) => text.replace("Dear {name},", "Hello {name},\n\nWe owe you an explanation."));
    expect(value(await approveCommunication(ctx, dpo, { communicationId })).status).toBe("approved");
  });

  it("is refused, naming the contact point, when her edit drops the DPO's name and how to reach them", async () => {
    const { communicationId, generated } = await letterWith((text) => without(text, "If you have questions", "We are sorry"));
    expect(generated).toContain("Dr. Jana Dvořák");
    const fields = await refusal(communicationId);
    expect(fields).toEqual([
      {
        field: "text",
        problem:
          'Your text no longer gives the contact point (Art. 34(2), Art. 33(3)(b)): keep "Dr. Jana Dvořák" and ' +
          "how to reach them (dpo@practice-edited.example or +33 1 23 45 67 89).",
      },
    ]);
    const detail = value(await getCommunication(ctx, dpo, { communicationId }));
    expect(detail.missing.map((item) => item.id)).toEqual(["text.contact"]);
    expect(detail.status).toBe("draft");
  });

  it("is refused, naming the likely consequences, when her edit drops that part", async () => {
    const { communicationId } = await letterWith((text) => without(text, "What this could mean for you", "What we have done"));
    expect((await refusal(communicationId)).map((field) => field.problem)).toEqual([
      "Your text no longer says what could happen to the people (Art. 34(2), Art. 33(3)(c), the likely " +
        'consequences): keep the part headed "What this could mean for you".',
    ]);
  });

  it("names every part missing at once, in the letter's language", async () => {
    const { communicationId } = await letterWith(() => "Madame, Monsieur {name},\n\nNous sommes désolés.\n\nLe cabinet", "fr");
    const problems = (await refusal(communicationId)).map((field) => field.problem);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('"Ce qui s’est passé"');
    expect(problems[1]).toContain('"Dr. Jana Dvořák"');
    expect(problems[2]).toContain('"Ce que cela peut signifier pour vous"');
    expect(problems[3]).toContain('"Ce que nous avons déjà fait"');
  });

  it("goes through once she puts the missing part back", async () => {
    const { communicationId, generated } = await letterWith((text) => without(text, "If you have questions", "We are sorry"));
    await refusal(communicationId);
    value(await editCommunicationText(ctx, dpo, { communicationId, subject: "Your data", text: generated }));
    expect(value(await approveCommunication(ctx, dpo, { communicationId })).status).toBe("approved");
  });
});
