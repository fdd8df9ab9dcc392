import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { missingInWords } from "@/components/communications/missing-in-words";
import { checkCommunicationCompleteness, type CommunicationMissingItem } from "@/lib/domain/communication";
import { checkEditedTextCompleteness } from "@/lib/domain/communication/edited-text-completeness";
import type { NotificationInput } from "@/lib/domain/notification/types";
import { messagesOf } from "@/lib/i18n/catalogue";
import { problemsFor } from "@/lib/i18n/problem-translator";
import { completeIncident } from "../notification/complete-incident";

/*
 * Every item the letter can lack, as the communications page says it: in the reader's language, naming what the
 * domain named (the heading of the letter, the contact to keep). HIPAA notices are English only, so their items
 * stay as the domain wrote them, marked as English on the page.
 */
function everyItem(): CommunicationMissingItem[] {
  const empty: NotificationInput = completeIncident();
  empty.organisation.name = "";
  empty.organisation.contactPoint = { name: null, email: null, phone: null };
  empty.incident.facts = { ...empty.incident.facts, breachTypes: [], dataCategories: [] };
  empty.incident.likelyConsequences = null;
  empty.incident.measuresTaken = null;
  empty.incident.measuresProposed = null;
  const items = [...checkCommunicationCompleteness(empty)];
  for (const scope of ["deceased_only", "no_personal_data"] as const) {
    const out = completeIncident();
    out.incident.facts = { ...out.incident.facts, scope };
    items.push(...checkCommunicationCompleteness(out));
  }
  for (const language of ["fr", "cs", "de"] as const) {
    items.push(...checkEditedTextCompleteness(completeIncident(), language, { subject: "—", text: "—" }));
  }
  return items.filter((item) => item.requiredFor === "art34");
}

describe("what a letter still lacks, in the reader's words", () => {
  const items = everyItem();

  it("covers the letter's own items, both reasons it is out of scope, and every part an edited text can lose", () => {
    const ids = new Set(items.map((item) => item.id));
    for (const id of ["organisation.name", "contact.name", "consequences", "measures", "scope", "text.nature", "text.contact"])
      expect(ids, id).toContain(id);
    expect(ids).toContain("text.consequences");
    expect(ids).toContain("text.measures");
  });

  it.each(["fr", "cs", "de"] as const)("says each in %s, with the heading or contact it names", (locale) => {
    const t = createTranslator({ locale, messages: messagesOf(locale), namespace: "communications" });
    for (const item of items) {
      const said = missingInWords(t, locale, item);
      expect(said, item.id).not.toBeNull();
      expect(said, item.id).not.toBe(item.message);
      for (const value of Object.values(item.values ?? {}).filter((v) => !["deceased_only", "no_personal_data"].includes(v)))
        expect(said, item.id).toContain(value);
    }
  });

  // An approval refused for the same items answers with the domain's English sentence as the field's problem.
  it.each(["fr", "cs", "de"] as const)("an approval refused for any of them is said in %s too", (locale) => {
    const say = problemsFor(locale);
    const unsaid = items.filter((item) => item.id !== "text.contact" && say(item.message) === item.message).map((item) => item.id);
    expect(unsaid).toEqual([]);
  });

  it("leaves English readers the domain's own sentence for the items it words itself", () => {
    const t = createTranslator({ locale: "en", messages: messagesOf("en"), namespace: "communications" });
    expect(
      missingInWords(
        t,
        "en",
        items.find((item) => item.id === "text.nature")!,
      ),
    ).toBeNull();
  });
});
