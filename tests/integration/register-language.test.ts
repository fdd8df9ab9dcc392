import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDocumentPdf } from "@/lib/documents/pdf/render-pdf";
import { registerDocument } from "@/lib/domain/register/register-document";
import { filtersIn, registerWords } from "@/lib/domain/register/register-words";
import type { Locale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/server/actor";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { exportRegisterCsv } from "@/lib/server/register/export-register-csv";
import { queryRegister } from "@/lib/server/register/query-register";
import { parseCsvRecords } from "@/lib/server/communications/recipients-csv";
import { englishIn } from "@/tests/e2e/support/page-language";
import { extractPdf } from "@/tests/unit/documents/pdf-text";
import { createTestContext, type TestContext } from "./support/test-context";
import { misdirectedResults, stolenRecords } from "./support/facts";
import { member } from "./support/member";
import { value } from "./support/value";

/*
 * The register PDF in the language of whoever exports it (docs/I18N.md): every label, heading and sentence
 * Breachdesk writes, checked on the text pdftotext reads. What people typed (titles, reasons) stays as typed:
 * here in French, so that any English found is Breachdesk's.
 */
let ctx: TestContext;
let dpo: Actor & { kind: "user" };

beforeAll(async () => {
  ctx = await createTestContext();
  const org = await ctx.db.organization.create({ data: { slug: "cabinet-lac", name: "Cabinet du Lac" } });
  const manager = await member(ctx, "manager", org.id, "manager");
  dpo = await member(ctx, "dpo", org.id, "dpo");
  const filed = value(
    await createIncident(ctx, manager, {
      title: "Dossiers copiés par un attaquant",
      description: "Serveur compromis.",
      awareAt: "2026-03-01T09:30:00+01:00",
      timeZone: "Europe/Paris",
      facts: stolenRecords(120, 130),
      containment: "Serveur isolé du réseau",
      submit: true,
    }),
  );
  value(await changeIncidentState(ctx, dpo, { incidentId: filed.id, to: "under_assessment" }));
  value(
    await createAssessment(ctx, dpo, {
      incidentId: filed.id,
      authorityDecision: "accept",
      authorityRationale: "Données de santé copiées.",
      subjectsDecision: "override",
      subjectsRationale: "Les patients sont déjà prévenus par téléphone.",
    }),
  );
  await ctx.db.filing.create({
    data: {
      incidentId: filed.id,
      authority: "cnil",
      kind: "initial",
      channel: "online_form",
      filedAt: new Date("2026-03-05T12:00:00Z"),
      content: "{}",
      lateReason: "Le DPO était absent.",
      filedById: dpo.userId,
    },
  });
  value(
    await createIncident(ctx, manager, {
      title: "Courrier remis à un autre patient",
      description: "Erreur d’enveloppe.",
      awareAt: "2026-03-20T15:00:00+01:00",
      timeZone: "Europe/Paris",
      facts: misdirectedResults(),
      submit: true,
    }),
  );
});
afterAll(async () => ctx.close());

async function registerPdfText(locale: Locale): Promise<string> {
  const register = value(await queryRegister(ctx, dpo, { organization: "cabinet-lac" }));
  const pdf = await renderDocumentPdf(
    registerDocument({
      rows: register.rows,
      statistics: register.statistics,
      filtersInWords: filtersIn(registerWords(locale), { organization: "cabinet-lac", year: 2026 }),
      generatedAt: new Date("2026-03-28T08:00:00Z"),
      timeZone: "Europe/Paris",
      locale,
    }),
  );
  return extractPdf(pdf).all;
}

describe("the register PDF in the exporter's language", () => {
  it.each([
    [
      "fr",
      [
        "Registre des violations de données à caractère personnel",
        "Par année",
        "Données de santé",
        "Notifiée après le délai légal maximal",
      ],
    ],
    ["cs", ["porušení zabezpečení osobních údajů", "Podle let", "Údaje o zdravotním stavu", "Ohlášeno po uplynutí zákonné lhůty"]],
    [
      "de",
      ["Verletzungen des Schutzes personenbezogener Daten", "Nach Jahr", "Gesundheitsdaten", "Nach Ablauf der gesetzlichen Frist gemeldet"],
    ],
  ] as const)("%s: no English sentence, its own words", async (locale, expected) => {
    const text = (await registerPdfText(locale)).replace(/\s+/g, " ");
    for (const words of expected) expect(text).toContain(words);
    expect(englishIn(await registerPdfText(locale), locale)).toEqual([]);
  });

  it("en: the register as it always read", async () => {
    const text = await registerPdfText("en");
    expect(text).toContain("Personal data breach register (GDPR Art. 33(5))");
    expect(text).toContain("Notified after the legal limit");
    expect(text).toContain("practice cabinet-lac, aware in 2026");
  });
});

describe("the register CSV in the exporter's language", () => {
  const cells = (body: string, separator: string) =>
    parseCsvRecords(body.replace(/^\uFEFF/, ""), separator).records.map((record) => record.fields);

  it.each([
    ["fr", ["Référence", "État", "Violation de données à caractère personnel"], "décidé", "Données de santé"],
    ["cs", ["Číslo", "Stav", "Porušení zabezpečení osobních údajů"], "rozhodnuto", "Údaje o zdravotním stavu"],
    ["de", ["Aktenzeichen", "Status", "Verletzung des Schutzes personenbezogener Daten"], "entschieden", "Gesundheitsdaten"],
  ] as const)('%s: a byte order mark, ";" between cells, its headers and words, no English', async (locale, headers, state, health) => {
    const { body } = value(await exportRegisterCsv(ctx, dpo, { organization: "cabinet-lac" }, { locale }));
    expect(body.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = cells(body, ";");
    expect(header).toHaveLength(40);
    for (const name of headers) expect(header).toContain(name);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toHaveLength(40);
    const filed = rows.find((row) => row.includes("Dossiers copiés par un attaquant"))!;
    expect(filed[header!.indexOf(headers[1])]).toBe(state);
    expect(filed.join("\n")).toContain(health);
    expect(englishIn(body, locale)).toEqual([]);
  });

  it('en (and the API, which names no language): "," and the English headers and ids, as before', async () => {
    const { body } = value(await exportRegisterCsv(ctx, dpo, { organization: "cabinet-lac" }));
    expect(body.startsWith("\uFEFFReference,Organisation,Title,State,")).toBe(true);
    const [header, ...rows] = cells(body, ",");
    const filed = rows.find((row) => row.includes("Dossiers copiés par un attaquant"))!;
    expect(filed[header!.indexOf("State")]).toBe("decided");
    expect(filed[header!.indexOf("Data categories")]).toBe("identification; health");
  });
});
