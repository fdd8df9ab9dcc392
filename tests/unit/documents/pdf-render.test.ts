import { beforeAll, describe, expect, it } from "vitest";
import type { DocumentModel } from "@/lib/documents/document-model";
import { renderDocumentPdf } from "@/lib/documents/pdf/render-pdf";
import { extractPdf } from "./pdf-text";

const FIELD_VALUES = [
  "Dr. Řehoř Šťastný",
  "Žďár nad Sázavou, Dvořákova 17",
  "Příliš žluťoučký kůň úpěl ďábelské ódy",
  "Élodie Lefèvre, Hôpital Saint-Étienne",
  "Müller & Söhne, Große Straße 5, Köln",
  "Ärztekammer Baden-Württemberg",
];

const HEADINGS = [
  "1. Nature of the breach",
  "2. Catégories de données",
  "3. Betroffene Personen",
  "4. Opatření přijatá správcem",
  "5. Affected records",
];

function model(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    title: "Personal data breach notification",
    reference: "BD-2026-0042",
    language: "en",
    generatedAt: new Date("2026-03-30T22:30:00.000Z"),
    timeZone: "Europe/Paris",
    sections: [
      {
        heading: HEADINGS[0]!,
        blocks: [
          { kind: "paragraph", text: "A laptop holding appointment records was stolen from a car. ".repeat(12) },
          { kind: "fields", rows: FIELD_VALUES.map((value, index) => ({ label: `Field ${index + 1}`, value })) },
        ],
      },
      { heading: HEADINGS[1]!, blocks: [{ kind: "list", items: ["Données de santé", "Coordonnées", "Numéro de sécurité sociale"] }] },
      { heading: HEADINGS[2]!, blocks: [{ kind: "paragraph", text: "Patientinnen und Patienten der Praxis; etwa 5 300 Personen." }] },
      { heading: HEADINGS[3]!, blocks: [{ kind: "paragraph", text: "Zablokování účtů.\nZměna hesel.\nOznámení subjektům údajů." }] },
      {
        heading: HEADINGS[4]!,
        blocks: [
          {
            kind: "table",
            columns: ["#", "Record", "Category", "Note"],
            rows: Array.from({ length: 90 }, (_, index) => [
              String(index + 1),
              `Pacient č. ${index + 1}`,
              index % 2 === 0 ? "health" : "contact",
              index % 10 === 0 ? "Long note that wraps over several lines of the cell. ".repeat(3) : "",
            ]),
          },
        ],
      },
    ],
    ...overrides,
  };
}

describe("renderDocumentPdf", () => {
  let pdf: ReturnType<typeof extractPdf>;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await renderDocumentPdf(model());
    pdf = extractPdf(bytes);
  });

  it("produces a PDF of several A4 pages", () => {
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
  });

  it("contains the title and every section heading", () => {
    expect(pdf.all).toContain("Personal data breach notification");
    for (const heading of HEADINGS) expect(pdf.all).toContain(heading);
  });

  it("renders Czech, French and German diacritics as real characters", () => {
    for (const value of FIELD_VALUES) expect(pdf.all).toContain(value);
    expect(pdf.all).toContain("Numéro de sécurité sociale");
    expect(pdf.all).toContain("Změna hesel.");
  });

  it("prints the reference, 'page N of M' and the generation time with its zone on every page", () => {
    pdf.pages.forEach((text, index) => {
      expect(text).toContain(`page ${index + 1} of ${pdf.pageCount}`);
      expect(text).toContain("BD-2026-0042");
      expect(text).toContain("31 Mar 2026, 00:30 CEST (Europe/Paris)");
    });
  });

  it("breaks the table across pages and repeats its column headers", () => {
    const last = pdf.pages.at(-1)!;
    expect(last).toContain("Pacient č. 90");
    expect(last).toContain("Category");
    const pagesWithRows = pdf.pages.filter((text) => /Pacient č\. \d+/.test(text));
    expect(pagesWithRows.length).toBeGreaterThanOrEqual(2);
    for (const text of pagesWithRows) expect(text).toContain("Record");
  });

  it("uses the document's language for its own labels and its zone for the time", async () => {
    const french = extractPdf(await renderDocumentPdf(model({ language: "fr", timeZone: "America/New_York" })));
    expect(french.pages[0]).toContain(`page 1 sur ${french.pageCount}`);
    expect(french.pages[0]).toContain("30 mars 2026, 18:30 UTC−4 (America/New_York)");
  });

  it("renders the same model to the same bytes", async () => {
    expect(Buffer.from(await renderDocumentPdf(model())).equals(Buffer.from(bytes))).toBe(true);
  });

  it("copes with an empty document and a very long unbroken value", async () => {
    const empty = extractPdf(await renderDocumentPdf(model({ sections: [] })));
    expect(empty.pageCount).toBe(1);
    expect(empty.pages[0]).toContain("page 1 of 1");
    const long = extractPdf(
      await renderDocumentPdf(
        model({ sections: [{ heading: "Hash", blocks: [{ kind: "fields", rows: [{ label: "sha256", value: "ab".repeat(2000) }] }] }] }),
      ),
    );
    // The value runs onto page 2: take out the footer and header between its two halves.
    const flowing = long.all.replace(/\s+/g, "").replace(/Generated[^)]*\)page\d+of\d+BD-2026-0042Personaldatabreachnotification/g, "");
    expect(long.pageCount).toBe(2);
    expect(flowing).toContain("ab".repeat(2000));
  });
});
