import { describe, expect, it } from "vitest";
import { buildPublicNotice } from "@/lib/domain/communication/build-message";
import type { MessageLanguage } from "@/lib/domain/communication/templates/template-types";
import { completeIncident } from "../notification/complete-incident";

describe.each<[MessageLanguage, string, string]>([
  ["en", "The incident concerns patients.", "Notice about a personal data incident at Cabinet médical des Lilas"],
  ["fr", "L’incident concerne des patients.", "Avis concernant un incident de données personnelles chez Cabinet médical des Lilas"],
  ["cs", "Incident se týká těchto skupin osob: pacienti.", "Oznámení o incidentu týkajícím se osobních údajů – Cabinet médical des Lilas"],
  ["de", "Der Vorfall betrifft Patientinnen und Patienten.", "Hinweis zu einem Datenschutzvorfall bei Cabinet médical des Lilas"],
])("buildPublicNotice in %s", (language, concerns, title) => {
  const result = buildPublicNotice(completeIncident(), language);

  it("renders completely, addressed to the public", () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.message.kind).toBe("public_notice");
    expect(result.message.blocks[0]).toEqual({ kind: "heading", text: title });
    expect(result.message.text).toContain(concerns);
    expect(result.message.text).not.toMatch(/\{[A-Za-z][A-Za-z0-9_]*\}/);
    expect(result.message.text).toContain("Claire Martin");
  });
});

describe("buildPublicNotice", () => {
  it("fails when the groups of people concerned are unknown", () => {
    const input = completeIncident();
    input.incident.facts = { ...input.incident.facts, subjects: { count: 10, categories: [] } };
    const result = buildPublicNotice(input, "fr");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.missing).toEqual(["groups"]);
  });
});
