import { FACT_QUESTIONS, type FactQuestion } from "@/lib/domain/risk/questions";
import type { BreachFactsDraft } from "@/lib/schemas/incident";
import { answerLabel, localizedQuestion, type AppTranslator } from "@/components/incidents/field-labels";
import { translatorFor } from "@/lib/i18n/translator";

export interface FactRow {
  field: string;
  question: string;
  legalTerm: string;
  answer: string;
  /** Sent at the intake's cautious default and never confirmed: an assumption, not an established fact. */
  assumed: boolean;
}

/** Rare questions whose absence means their usual answer ("scope": living people), shown only once answered. */
const SHOWN_ONLY_WHEN_SET = new Set(["scope"]);

function at(facts: BreachFactsDraft, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (current, key) => (current && typeof current === "object" ? (current as Record<string, unknown>)[key] : undefined),
      facts,
    );
}

/**
 * The stored facts as the questions were asked, answered in plain words; questions that do not apply are left
 * out. `assumed` holds the incident's assumed answers as paths ("facts.encryption").
 */
export function factRows(t: AppTranslator, facts: BreachFactsDraft, assumed: readonly string[] = []): FactRow[] {
  const types: readonly string[] = facts.breachTypes ?? [];
  const applies = (question: FactQuestion) =>
    (!question.onlyFor || types.includes(question.onlyFor)) &&
    !(SHOWN_ONLY_WHEN_SET.has(question.field) && at(facts, question.field) === undefined);
  return FACT_QUESTIONS.filter(applies).map((question) => {
    const value = at(facts, question.field);
    const answer = Array.isArray(value)
      ? value.length
        ? value.map((item) => answerLabel(t, `facts.${question.field}`, item)).join("; ")
        : t("incidentFile.facts.noneChosen")
      : question.answer === "count" || question.answer === "hours_or_not_yet"
        ? value === null || value === undefined
          ? question.answer === "hours_or_not_yet"
            ? t("incidentFile.facts.notRestoredYet")
            : t("incidentFile.facts.notKnownYet")
          : t("incidentFile.facts.count", { count: Number(value) })
        : answerLabel(t, `facts.${question.field}`, value);
    return {
      field: question.field,
      question: localizedQuestion(t, question).question,
      legalTerm: localizedQuestion(t, question).legalTerm,
      answer,
      assumed: assumed.includes(`facts.${question.field}`),
    };
  });
}

/** The line above the facts when some are assumed: "3 answers are the cautious default: confirm or correct them". */
export function assumedNote(count: number, t: AppTranslator = translatorFor("en")): string | null {
  if (count === 0) return null;
  return t("incidentFile.facts.assumedNote", { count });
}
