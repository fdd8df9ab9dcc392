"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import { Fold } from "@/components/forms/fold";
import type { FactQuestion } from "@/lib/domain/risk/questions";
import { FactQuestionField } from "@/components/incidents/intake/fact-question-field";
import { shortAnswer } from "@/components/incidents/intake/intake-prefilled";
import type { IntakeFormValues } from "@/components/incidents/intake/intake-values";

function valueAt(values: IntakeFormValues, path: string): string | undefined {
  const value = path
    .split(".")
    .reduce<unknown>(
      (current, key) => (current && typeof current === "object" ? (current as Record<string, unknown>)[key] : undefined),
      values,
    );
  return typeof value === "string" ? value : undefined;
}

/**
 * Questions pre-filled with their cautious answer, folded: the summary says the answers in a few words, so
 * the defaults stay visible without the manager reading every option. It opens by itself when one of them
 * has a problem, so the error can be seen and focused (a folded input cannot take focus).
 */
export function PrefilledFold(props: {
  questions: FactQuestion[];
  values: IntakeFormValues;
  register: UseFormRegister<IntakeFormValues>;
  errorOf: (field: string) => string | undefined;
}) {
  const { questions, values, register, errorOf } = props;
  const t = useTranslations();
  if (questions.length === 0) return null;
  const hasError = questions.some((question) => !!errorOf(`facts.${question.field}`));
  const answers = questions.map((question) => shortAnswer(t, question.field, valueAt(values, `facts.${question.field}`))).join("; ");
  return (
    <Fold
      className="prefilled"
      forceOpen={hasError}
      summary={t.rich("intake.facts.prefilledSummary", {
        answers,
        list: (chunks) => <span className="prefilled-answers">{chunks}</span>,
        change: (chunks) => <span className="prefilled-change">{chunks}</span>,
      })}
    >
      {questions.map((question) => (
        <FactQuestionField
          key={question.field}
          question={question}
          register={register}
          error={errorOf(`facts.${question.field}`)}
          helpFolded
        />
      ))}
    </Fold>
  );
}
