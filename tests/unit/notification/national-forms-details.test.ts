import { describe, expect, it } from "vitest";
import { buildArt33Content } from "@/lib/domain/notification/art33-content";
import { AUTHORITY_PROFILES } from "@/lib/domain/notification/authorities/select-authority";
import type { AuthorityId, FieldKey } from "@/lib/domain/notification/authorities/profile-types";
import { checkCompleteness } from "@/lib/domain/notification/completeness";
import { renderNotificationDocument } from "@/lib/domain/notification/render-document";
import type { NotificationInput } from "@/lib/domain/notification/types";
import { ON_TIME, completeIncident } from "./complete-incident";

/* Every national form carries what the intake and the notification details already collect. */
const COLLECTED: FieldKey[] = [
  "parties.others",
  "nature.systems",
  "nature.access",
  "protection.measuresInPlace",
  "other.police",
  "other.authorities",
  "timeline.discoveredBy",
];

function render(input: NotificationInput, id: Exclude<AuthorityId, "de">) {
  return renderNotificationDocument(buildArt33Content(input, ON_TIME), AUTHORITY_PROFILES[id], ON_TIME);
}

function valueOf(input: NotificationInput, id: Exclude<AuthorityId, "de">, field: FieldKey): string | undefined {
  for (const section of render(input, id).sections) {
    for (const block of section.blocks) if (block.field === field) return block.kind === "row" ? block.value : block.text;
  }
  return undefined;
}

describe.each(["cnil", "ico", "dpc", "uoou", "edpb"] as const)("the %s form", (id) => {
  it("has a place, with a label in its language, for every detail collected", () => {
    const fields = AUTHORITY_PROFILES[id].sections.flatMap((section) => section.fields);
    for (const field of COLLECTED) expect(fields).toContain(field);
  });

  it("carries the processors, systems, protection, police and other authorities as typed", () => {
    const input = completeIncident();
    expect(valueOf(input, id, "parties.others")).toBe("RDV Santé SAS (processor): securite@rdv-sante.example");
    expect(valueOf(input, id, "nature.systems")).toBe("Online booking platform run by the processor, hosted in France.");
    expect(valueOf(input, id, "protection.measuresInPlace")).toBe("Access control with two-factor authentication; daily backups.");
    expect(valueOf(input, id, "other.authorities")).toBe("Complaint filed with the Paris police, case 2026-0412.");
    expect(valueOf(input, id, "other.police")).toBe(AUTHORITY_PROFILES[id].vocabulary.yes);
    expect(valueOf(input, id, "timeline.discoveredBy")).toBe(AUTHORITY_PROFILES[id].vocabulary.discoveredBy.processor);
  });
});

describe("wording in the authority's language", () => {
  it("says in French and Czech who found it and whether the data was seen", () => {
    const input = completeIncident();
    input.incident.facts!.confidentiality = { recipients: "public", exfiltration: "ruled_out", access: "confirmed" };
    expect(valueOf(input, "cnil", "timeline.discoveredBy")).toBe("Un sous-traitant");
    expect(valueOf(input, "cnil", "nature.access")).toBe("Oui, c’est établi");
    expect(valueOf(input, "uoou", "nature.access")).toBe("Ano, potvrzeno");
    expect(AUTHORITY_PROFILES.uoou.labels["other.police"]).toBe("Bylo porušení oznámeno Policii ČR?");
  });
});

describe("checking other systems for the same weakness", () => {
  it("is prompted until the practice records a review among the prevention measures", () => {
    const input = completeIncident();
    input.incident.preventionMeasures = ["encryption"];
    expect(checkCompleteness(input, ON_TIME).map((item) => item.id)).toContain("measures.otherSystems");
    input.incident.preventionMeasures = ["encryption", "audits"];
    expect(checkCompleteness(input, ON_TIME).map((item) => item.id)).not.toContain("measures.otherSystems");
  });
});

describe("an incident that is not a personal-data breach", () => {
  it.each(["deceased_only", "no_personal_data"] as const)("is stated, never notified (%s)", (scope) => {
    const input = completeIncident();
    input.incident.facts = { ...input.incident.facts, scope };
    for (const id of ["cnil", "uoou", "ico"] as const) {
      const document = render(input, id);
      expect(document.sections.map((section) => section.id)).toEqual(["scope"]);
      expect(document.title).toBe(AUTHORITY_PROFILES[id].vocabulary.notABreachHeading);
      expect(document.sections[0]?.heading).toBe(AUTHORITY_PROFILES[id].vocabulary.notABreachHeading);
      expect(valueOf(input, id, "scope.reason")).toBe(AUTHORITY_PROFILES[id].vocabulary.notABreach[scope]);
    }
    expect(checkCompleteness(input, ON_TIME).map((item) => item.id)).toEqual(["scope"]);
  });
});
