import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/server/actor";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { exportIncidentDocument } from "@/lib/server/notification/export-documents";
import { englishIn } from "@/tests/e2e/support/page-language";
import { extractPdf } from "@/tests/unit/documents/pdf-text";
import { createTestContext, type TestContext } from "./support/test-context";
import { stolenRecords } from "./support/facts";
import { member } from "./support/member";
import { value } from "./support/value";

/*
 * The assessment PDF in the language of whoever downloads it (docs/I18N.md): headings, labels, decisions,
 * the suggestion's factors, the ENISA components and the timeline Breachdesk wrote, read back with pdftotext.
 * What people typed (title, rationale) is French here, so any English found is Breachdesk's.
 */
let ctx: TestContext;
let dpo: Actor & { kind: "user" };
let incidentId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const org = await ctx.db.organization.create({ data: { slug: "cabinet-lac", name: "Cabinet du Lac" } });
  const manager = await member(ctx, "manager", org.id, "manager");
  dpo = await member(ctx, "dpo", org.id, "dpo");
  incidentId = value(
    await createIncident(ctx, manager, {
      title: "Dossiers copiés par un attaquant",
      description: "Serveur compromis.",
      awareAt: "2026-03-01T09:30:00+01:00",
      occurredAt: "2026-02-28T22:00:00+01:00",
      timeZone: "Europe/Paris",
      facts: stolenRecords(120, 130),
      submit: true,
    }),
  ).id;
  value(await changeIncidentState(ctx, dpo, { incidentId, to: "under_assessment" }));
  for (const subjectsDecision of ["accept", "override"] as const)
    value(
      await createAssessment(ctx, dpo, {
        incidentId,
        authorityDecision: "accept",
        authorityRationale: "Données de santé copiées.",
        subjectsDecision,
        subjectsRationale: "Les patients sont déjà prévenus par téléphone.",
      }),
    );
});
afterAll(async () => ctx.close());

async function assessmentPdfText(locale?: Locale): Promise<string> {
  const file = value(await exportIncidentDocument(ctx, dpo, { incidentId, document: "assessment" }, locale ? { locale } : {}));
  return extractPdf(file.bytes).all;
}

describe("the assessment PDF in the reader's language", () => {
  it.each([
    [
      "fr",
      [
        "Évaluation des risques",
        "Proposition de Breachdesk",
        "Risque élevé",
        "Chronologie",
        "Évaluation commencée",
        "Versions antérieures",
        "Lignes directrices 9/2022 du CEPD",
        "confidentialité 0,5",
      ],
    ],
    [
      "cs",
      [
        "Posouzení rizik",
        "Návrh aplikace Breachdesk",
        "Vysoké riziko",
        "Časová osa",
        "Posuzování zahájeno",
        "Dřívější verze",
        "Pokyny EDPB 9/2022",
        "důvěrnost 0,5",
      ],
    ],
    [
      "de",
      [
        "Risikobewertung",
        "Vorschlag von Breachdesk",
        "Hohes Risiko",
        "Chronik",
        "Bewertung begonnen",
        "Frühere Versionen",
        "EDSA-Leitlinien 9/2022",
        "Vertraulichkeit 0,5",
      ],
    ],
  ] as const)("%s: no English sentence, its own words", async (locale, expected) => {
    const text = await assessmentPdfText(locale);
    const flat = text.replace(/\s+/g, " ");
    for (const words of expected) expect(flat).toContain(words);
    expect(englishIn(text, locale)).toEqual([]);
  });

  it("without a language (the API): English, as it always read", async () => {
    const text = (await assessmentPdfText()).replace(/\s+/g, " ");
    expect(text).toContain("Risk assessment: Dossiers copiés par un attaquant");
    expect(text).toContain("Breachdesk's suggestion");
    expect(text).toContain("Assessment started");
    expect(englishIn(text, "fr").length).toBeGreaterThan(0);
  });
});

describe("the register entry PDF in the reader's language", () => {
  async function registerEntryText(locale?: Locale): Promise<string> {
    const file = value(await exportIncidentDocument(ctx, dpo, { incidentId, document: "register-entry" }, locale ? { locale } : {}));
    return extractPdf(file.bytes).all;
  }

  it.each([
    ["fr", ["Entrée du registre des violations", "Mesures correctives", "Données de santé", "environ 120 personnes", "risque élevé"]],
    ["cs", ["Záznam o porušení", "Nápravná opatření", "Údaje o zdravotním stavu", "přibližně 120 osob", "vysoké riziko"]],
    ["de", ["Eintrag im Verzeichnis", "Abhilfemaßnahmen", "Gesundheitsdaten", "etwa 120 Personen", "hohes Risiko"]],
  ] as const)("%s: no English sentence, its own words", async (locale, expected) => {
    const text = await registerEntryText(locale);
    const flat = text.replace(/\s+/g, " ");
    for (const words of expected) expect(flat).toContain(words);
    expect(englishIn(text, locale)).toEqual([]);
  });

  it("without a language (the API, the packet): English with the stored ids, as before", async () => {
    const text = (await registerEntryText()).replace(/\s+/g, " ");
    expect(text).toContain("Breach register entry: Dossiers copiés par un attaquant");
    expect(text).toContain("patients; about 120 people");
    expect(text).toContain("Remedial action");
  });
});
