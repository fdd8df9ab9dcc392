"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextField } from "@/components/forms/text-field";
import type { FactQuestion } from "@/lib/domain/risk/questions";
import { fieldLabel, localizedQuestion } from "@/components/incidents/field-labels";
import type { IntakeFormValues } from "@/components/incidents/intake/intake-values";

/**
 * One breach fact asked as a plain question, with the legal term beside it and why the answer matters.
 * With `helpFolded` (the intake wizard) those two sit behind "Why?": the manager answers from the
 * question and its options, and a screen reader still reads them as the question's description.
 */
export function FactQuestionField({
  question: asked,
  register,
  error,
  helpFolded = false,
  common,
  value,
}: {
  question: FactQuestion;
  register: UseFormRegister<IntakeFormValues>;
  error?: string;
  helpFolded?: boolean;
  /** Show only the first `after` options, the rest folded behind `summary` (open while one of them is chosen). */
  common?: { after: number; summary: string };
  /** The current answer, to open that fold when it holds one. */
  value?: unknown;
}) {
  const t = useTranslations();
  // The domain's question (English, shared with the API and the CLI) in the reader's language.
  const question = localizedQuestion(t, asked);
  const name = `facts.${question.field}` as Parameters<UseFormRegister<IntakeFormValues>>[0];
  const helpId = `field-${name}-why`;
  const help = (
    <>
      <span className="legal-term">{question.legalTerm}</span> · {question.whyItMatters}
    </>
  );
  const folded = (
    <details className="why-we-ask">
      <summary>{t("intake.facts.why")}</summary>
      <p className="muted hint" id={helpId}>
        {help}
      </p>
    </details>
  );
  if (question.answer === "count" || question.answer === "hours_or_not_yet") {
    const tail = question.answer === "hours_or_not_yet" ? t("intake.facts.hoursTail") : t("intake.facts.countTail");
    const field = (
      <TextField
        label={question.question}
        hint={helpFolded ? tail : t("intake.facts.hintOpen", { legalTerm: question.legalTerm, why: question.whyItMatters, tail })}
        describedBy={helpFolded ? helpId : undefined}
        type="number"
        inputMode="numeric"
        step={1}
        error={error}
        {...register(name)}
      />
    );
    return helpFolded ? (
      <div className="fact-question">
        {field}
        {folded}
      </div>
    ) : (
      field
    );
  }
  const choices = question.options.map((option) => ({ value: String(option.value), label: option.label, hint: option.hint }));
  const chosen = Array.isArray(value) ? value.map(String) : value === undefined || value === "" ? [] : [String(value)];
  const fold = common ? { ...common, open: choices.slice(common.after).some((choice) => chosen.includes(choice.value)) } : undefined;
  return (
    <ChoiceGroup
      legend={question.question}
      details={helpFolded ? folded : <p className="muted hint">{help}</p>}
      detailsId={helpFolded ? helpId : undefined}
      multiple={question.answer === "multiple"}
      choices={choices}
      fold={fold}
      error={error}
      errorLabel={fieldLabel(t, name)}
      input={register(name)}
    />
  );
}
