import { describe, expect, it } from "vitest";
import { answerLabel, fieldLabel, localizedQuestion, problemInWords } from "@/components/incidents/field-labels";
import { stateLabel, transitionLabel } from "@/components/incidents/incident-labels";
import { shortAnswer } from "@/components/incidents/intake/intake-prefilled";
import { reviewSections } from "@/components/incidents/intake/intake-review-model";
import { newIntakeValues } from "@/components/incidents/intake/intake-values";
import { FACT_QUESTIONS } from "@/lib/domain/risk/questions";
import { INCIDENT_STATES } from "@/lib/schemas/incident-work";
import { LOCALES } from "@/lib/i18n/locales";
import { messagesOf } from "@/lib/i18n/catalogue";
import { translatorFor } from "@/lib/i18n/translator";

/*
 * The intake's words come from the catalogue in the reader's language; the guided questions keep their English
 * in lib/domain (the API and the CLI read it) and are shown from `incident.questions`, keyed by their field.
 */
describe("the intake in every language", () => {
  it.each(LOCALES)("has every question, legal term and option of the questionnaire (%s)", (locale) => {
    const t = translatorFor(locale);
    for (const question of FACT_QUESTIONS) {
      const key = `incident.questions.${question.field}`;
      expect(t.has(`${key}.question` as never), key).toBe(true);
      expect(t.has(`${key}.legalTerm` as never), key).toBe(true);
      expect(t.has(`${key}.whyItMatters` as never), key).toBe(true);
      for (const option of question.options) {
        expect(t.has(`${key}.options.${String(option.value)}.label` as never), `${key} ${String(option.value)}`).toBe(true);
        expect(t.has(`${key}.options.${String(option.value)}.hint` as never)).toBe(option.hint !== undefined);
      }
    }
  });

  it("keeps the English of the domain's questions word for word", () => {
    const en = translatorFor("en");
    for (const question of FACT_QUESTIONS) expect(localizedQuestion(en, question)).toEqual(question);
  });

  it("shows a French reader the questions, answers, states and problems in French", () => {
    const fr = translatorFor("fr");
    const encryption = localizedQuestion(
      fr,
      FACT_QUESTIONS.find((question) => question.field === "encryption")!,
    );
    expect(encryption.question).toBe("Les données étaient-elles chiffrées, et la clé est-elle en sécurité\u00a0?");
    expect(encryption.options.map((option) => option.value)).toEqual(["none", "weak", "state_of_the_art"]);
    expect(answerLabel(fr, "facts.cause", "accidental")).toBe("Un accident ou une erreur");
    expect(answerLabel(fr, "ongoing", true)).toBe("Oui");
    expect(fieldLabel(fr, "facts.subjects.count")).toBe("Nombre approximatif de personnes");
    expect(problemInWords(fr, "is required")).toBe("obligatoire");
    expect(problemInWords(fr, "must not be before awareAt")).toBe("ne peut pas être antérieur à la date de prise de connaissance");
    expect(problemInWords(fr, "must be at least 3 characters")).toBe("doit comporter au moins 3 caractères");
    expect(stateLabel(fr, "reported")).toBe("Signalé au DPO");
    expect(transitionLabel(fr, "decided", "under_assessment")).toBe("Rouvrir l’évaluation (la décision est réexaminée)");
    expect(shortAnswer(fr, "encryption", "none")).toBe("non chiffrées (ou papier)");
  });

  it.each(LOCALES)("names every state in words, never its id (%s)", (locale) => {
    const t = translatorFor(locale);
    for (const state of INCIDENT_STATES) expect(stateLabel(t, state)).not.toMatch(/^[a-z_]+$/);
  });

  it("counts characters with the Czech plural forms", () => {
    const cs = translatorFor("cs");
    expect(problemInWords(cs, "must be at least 3 characters")).toBe("musí mít alespoň 3 znaky");
    expect(problemInWords(cs, "must be at most 200 characters")).toBe("smí mít nejvýše 200 znaků");
  });

  it("keeps a German field's capital inside a sentence, and lower-cases it in English", () => {
    const values = newIntakeValues("x", "Europe/Berlin", new Date("2026-11-24T09:30:00Z"));
    values.facts.role = "";
    const prefilled = (locale: "en" | "de") =>
      reviewSections(translatorFor(locale), values)
        .flatMap((section) => section.rows)
        .find((row) => row.label === messagesOf(locale).intake.review.prefilled)?.value;
    expect(prefilled("en")).toContain("whose data it is: not answered yet");
    expect(prefilled("de")).toContain("Wessen Daten es sind: noch nicht beantwortet");
  });
});
