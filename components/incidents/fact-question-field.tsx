"use client";

import type { UseFormRegister } from "react-hook-form";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextField } from "@/components/forms/text-field";
import type { FactQuestion } from "@/lib/domain/risk/questions";
import { fieldLabel } from "./field-labels";
import type { IntakeFormValues } from "./intake-values";

/** One breach fact asked as a plain question, with the legal term beside it and why the answer matters. */
export function FactQuestionField({
  question,
  register,
  error,
}: {
  question: FactQuestion;
  register: UseFormRegister<IntakeFormValues>;
  error?: string;
}) {
  const name = `facts.${question.field}` as Parameters<UseFormRegister<IntakeFormValues>>[0];
  const details = (
    <p className="muted hint">
      <span className="legal-term">{question.legalTerm}</span> · {question.whyItMatters}
    </p>
  );
  if (question.answer === "count" || question.answer === "hours_or_not_yet") {
    const hint = `${question.legalTerm}. ${question.whyItMatters}${question.answer === "hours_or_not_yet" ? " Leave empty if it is not back yet." : " An estimate is fine."}`;
    return <TextField label={question.question} hint={hint} type="number" inputMode="numeric" step={1} error={error} {...register(name)} />;
  }
  const choices = question.options.map((option) => ({ value: String(option.value), label: option.label, hint: option.hint }));
  return (
    <ChoiceGroup
      legend={question.question}
      details={details}
      multiple={question.answer === "multiple"}
      choices={choices}
      error={error}
      errorLabel={fieldLabel(name)}
      input={register(name)}
    />
  );
}
