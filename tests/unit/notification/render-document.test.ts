import { describe, expect, it } from "vitest";
import { buildArt33Content } from "@/lib/domain/notification/art33-content";
import { selectAuthority } from "@/lib/domain/notification/authorities/select-authority";
import { renderNotificationDocument, type NotificationDocument } from "@/lib/domain/notification/render-document";
import { LATE, ON_TIME, completeIncident } from "./complete-incident";

const GENERATED_AT = "2026-03-29T10:00:00.000Z";

function documentFor(country: string, change?: (input: ReturnType<typeof completeIncident>) => void): NotificationDocument {
  const input = completeIncident();
  change?.(input);
  return renderNotificationDocument(buildArt33Content(input, ON_TIME), selectAuthority(country), GENERATED_AT);
}

function block(document: NotificationDocument, field: string) {
  return document.sections.flatMap((section) => section.blocks).find((candidate) => candidate.field === field);
}

const valueOf = (document: NotificationDocument, field: string): string | undefined => {
  const found = block(document, field);
  return found?.kind === "row" ? found.value : found?.text;
};

describe("renderNotificationDocument in each authority's language", () => {
  it("CNIL: French headings, labels and values", () => {
    const document = documentFor("FR");
    expect(document.title).toBe("Notification d’une violation de données à caractère personnel");
    expect(document.sections.map((section) => section.heading)).toContain("Nature de la violation");
    expect(block(document, "people.count")?.label).toBe("Nombre approximatif de personnes concernées");
    expect(valueOf(document, "people.count")).toMatch(/^environ 5\s300$/);
    expect(valueOf(document, "data.categories")).toBe(
      "Données d’identification (par exemple nom, adresse ou date de naissance); Coordonnées; Données de santé",
    );
    expect(valueOf(document, "timeline.awareAt")).toBe("27 mars 2026, 23:30 UTC+1");
    expect(document.notificationKind).toBe("Notification complète");
  });

  it("UOOU: Czech headings, labels and month names", () => {
    const document = documentFor("CZ");
    expect(document.title).toBe("Ohlášení případu porušení zabezpečení osobních údajů");
    expect(document.sections.map((section) => section.heading)).toContain("Povaha porušení zabezpečení");
    expect(block(document, "people.categories")?.label).toBe("Kategorie dotčených subjektů údajů");
    expect(valueOf(document, "people.categories")).toBe("Pacienti");
    expect(valueOf(document, "timeline.ongoing")).toBe("Ne");
    // The incident's own zone is kept (Paris), with Czech words for the month and the zone.
    expect(valueOf(document, "timeline.awareAt")).toBe("27. března 2026 v 23:30 SEČ");
  });

  it("ICO: English, with the ICO's first part and its submission channel", () => {
    const document = documentFor("GB");
    expect(document.sections[0]?.heading).toBe("About your report");
    expect(block(document, "communication.status")?.label).toBe("Have you told the people affected?");
    expect(document.submission?.channel).toContain("0303 123 1113");
  });

  it("generic EDPB profile names the time zone of every instant", () => {
    const document = documentFor("BE");
    expect(document.authority.id).toBe("edpb");
    expect(valueOf(document, "timeline.awareAt")).toBe("27 Mar 2026, 23:30 CET");
    // 28 March is still winter time in Paris; the change comes on 29 March.
    expect(valueOf(document, "timeline.containedAt")).toBe("28 Mar 2026, 09:00 CET");
    expect(document.generatedAtText).toBe("29 Mar 2026, 12:00 CEST");
  });

  it("writes unknown values as 'not known yet' in the profile's language", () => {
    const document = documentFor("FR", (input) => {
      input.incident.facts = { ...input.incident.facts, records: null };
    });
    expect(valueOf(document, "data.records")).toBe("Pas encore connu");
    expect(document.notificationKind).toBe("Notification initiale");
  });

  it("marks derived consequences with a note, in the profile's language", () => {
    const document = documentFor("FR", (input) => {
      input.incident.likelyConsequences = null;
    });
    const consequences = block(document, "consequences.text");
    expect(consequences?.kind).toBe("paragraph");
    expect(consequences?.note).toContain("Proposé par Breachdesk");
    expect(valueOf(document, "consequences.text")).toContain("secret médical");
  });

  it("shows the reasons for delay only when late", () => {
    expect(block(documentFor("GB"), "delay.reasons")).toBeUndefined();
    const input = completeIncident();
    input.lateReasons = "We only learnt the scope on 1 April.";
    const late = renderNotificationDocument(buildArt33Content(input, LATE), selectAuthority("GB"), GENERATED_AT);
    expect(valueOf(late, "delay.reasons")).toBe("We only learnt the scope on 1 April.");
  });
});
