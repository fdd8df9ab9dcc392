"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { assessBreach, FACT_QUESTIONS, type Assessment, type FactQuestion } from "@/lib/domain/risk";
import { breachFactsSchema } from "@/lib/schemas/breach-facts";
import type { BreachFactsDraft } from "@/lib/schemas/incident";
import type { FormState } from "@/lib/schemas/form-state";
import { fieldLabel, localizedQuestion, problemInWords } from "@/components/incidents/field-labels";
import { riskBadge, riskWords, type AssessmentT } from "./assessment-words";
import { readFact, withoutUnusedDetails, writeFact } from "./fact-paths";

type SaveFacts = (input: {
  incidentId: string;
  version: number;
  facts: BreachFactsDraft;
  confirmedFacts: string[];
}) => Promise<FormState<number>>;

/** The suggestion for these answers, or null while some are missing. assessBreach is pure, so it runs here. */
function suggest(facts: BreachFactsDraft): Assessment | null {
  const parsed = breachFactsSchema.safeParse(withoutUnusedDetails(facts));
  return parsed.success ? assessBreach(parsed.data) : null;
}

function outcome(t: AssessmentT, suggestion: Assessment | null): string {
  if (!suggestion) return "";
  const people = suggestion.communicateSubjects
    ? t("questionnaire.tellPeople")
    : suggestion.publicCommunicationInstead
      ? t("questionnaire.publicNotice")
      : t("questionnaire.noMessage");
  // " · " separates the parts of the outcome in every language.
  const controller = [suggestion.notifyAuthority ? t("questionnaire.notifyAuthority") : t("questionnaire.noNotification"), people].join(
    " · ",
  );
  const risk = riskWords(t, suggestion.riskLevel);
  // A processor's own duty is to its controller (Art. 33(2)); the rest is the controller's, shown as advice.
  if (suggestion.duties?.party === "processor") return t("questionnaire.outcomeProcessor", { risk, controller });
  return [risk, controller].join(" · ");
}

/**
 * The guided questionnaire: one plain question per breach fact, the legal term beside it and why it matters.
 * Beside each choice is what the assessment would become with that answer, so the effect of every answer is
 * visible before it is given. Saving writes the answers to the incident's facts.
 */
export function Questionnaire({
  incidentId,
  version,
  initialFacts,
  canEdit,
  saveFacts,
  assumed = [],
}: {
  incidentId: string;
  version: number;
  initialFacts: BreachFactsDraft;
  canEdit: boolean;
  saveFacts: SaveFacts;
  /** The incident's answers still at the intake's cautious default ("facts.encryption"). */
  assumed?: readonly string[];
}) {
  const t = useTranslations("assessment");
  const tApp = useTranslations();
  const router = useRouter();
  const [facts, setFacts] = useState<BreachFactsDraft>(initialFacts);
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  // Answers given here (even the same one again) are confirmed by whoever gives them.
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  const [saving, startSaving] = useTransition();
  const current = useMemo(() => suggest(facts), [facts]);
  const types = facts.breachTypes ?? [];
  const visible = FACT_QUESTIONS.filter((question) => !question.onlyFor || types.includes(question.onlyFor));

  const set = (path: string, value: unknown) => {
    setFacts((before) => writeFact(before, path, value));
    setAnswered((before) => new Set(before).add(`facts.${path}`));
    setStatus(null);
  };
  const isAssumed = (field: string) => assumed.includes(`facts.${field}`) && !answered.has(`facts.${field}`);
  const save = () =>
    startSaving(async () => {
      const confirmedFacts = assumed.filter((path) => answered.has(path));
      const result = await saveFacts({ incidentId, version, facts: withoutUnusedDetails(facts), confirmedFacts });
      if (result.status === "done") {
        setStatus({ kind: "ok", text: t("questionnaire.saved") });
        router.refresh();
      } else if (result.status === "error") {
        const fields = Object.entries(result.fields).map(
          ([field, problem]) => `${fieldLabel(tApp, field)}: ${problemInWords(tApp, problem)}`,
        );
        setStatus({ kind: "error", text: [result.message, ...fields].join(" ") });
      }
    });

  return (
    <section className="card" aria-labelledby="questionnaire-heading">
      <h2 id="questionnaire-heading">{t("questionnaire.heading")}</h2>
      <p className="zone-note" role="status" aria-live="polite" data-testid="live-outcome">
        {current
          ? t.rich("questionnaire.withAnswers", { strong: (chunks) => <strong>{chunks}</strong>, outcome: outcome(t, current) })
          : t("questionnaire.answerEvery")}
      </p>
      {visible.map((question) => (
        <QuestionField
          key={question.field}
          question={question}
          facts={facts}
          onChange={set}
          disabled={!canEdit}
          assumed={isAssumed(question.field)}
        />
      ))}
      {canEdit ? (
        <div className="wizard-actions">
          <button type="button" onClick={save} disabled={saving}>
            {saving ? t("questionnaire.saving") : t("questionnaire.save")}
          </button>
        </div>
      ) : (
        <p className="muted">{t("questionnaire.onlyEditors")}</p>
      )}
      {status ? (
        <p role={status.kind === "error" ? "alert" : "status"} className={status.kind === "error" ? "field-error" : "muted"}>
          {status.text}
        </p>
      ) : null}
    </section>
  );
}

function QuestionField(props: {
  question: FactQuestion;
  facts: BreachFactsDraft;
  onChange: (path: string, value: unknown) => void;
  disabled: boolean;
  assumed: boolean;
}) {
  const { facts, onChange, disabled } = props;
  const t = useTranslations("assessment");
  const tAll = useTranslations();
  // The question in the reader's language (catalogue incident.questions), its values and kind unchanged.
  const question = localizedQuestion(tAll, props.question);
  const id = `q-${question.field.replace(/\./g, "-")}`;
  const value = readFact(facts, question.field);
  const about = (
    <p className="muted hint" id={`${id}-why`}>
      {props.assumed ? (
        <>
          <span className="badge badge-warn" data-testid="assumed-answer">
            {tAll("incidentFile.facts.assumedMarker")}
          </span>{" "}
        </>
      ) : null}
      <span className="legal-term">{question.legalTerm}</span> · {question.whyItMatters}
    </p>
  );
  if (question.answer === "count" || question.answer === "hours_or_not_yet") {
    return (
      <div className="field">
        <label htmlFor={id}>{question.question}</label>
        {about}
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          disabled={disabled}
          aria-describedby={`${id}-why`}
          value={typeof value === "number" ? value : ""}
          onChange={(event) =>
            onChange(
              question.field,
              event.target.value === ""
                ? question.answer === "hours_or_not_yet" || question.field === "records"
                  ? null
                  : undefined
                : Number(event.target.value),
            )
          }
        />
      </div>
    );
  }
  const multiple = question.answer === "multiple";
  const chosen = (option: string | boolean) => (multiple ? Array.isArray(value) && value.includes(option) : value === option);
  const toggle = (option: string | boolean) => {
    if (!multiple) return onChange(question.field, option);
    const list = Array.isArray(value) ? (value as unknown[]) : [];
    onChange(question.field, chosen(option) ? list.filter((item) => item !== option) : [...list, option]);
  };
  return (
    <fieldset className="choice-group" aria-describedby={`${id}-why`}>
      <legend>{question.question}</legend>
      {about}
      {question.options.map((option) => {
        const optionId = `${id}-${String(option.value)}`;
        const effect = multiple ? null : suggest(writeFact(facts, question.field, option.value));
        return (
          <div className="choice" key={String(option.value)}>
            <input
              id={optionId}
              type={multiple ? "checkbox" : "radio"}
              name={id}
              disabled={disabled}
              checked={chosen(option.value)}
              onChange={() => toggle(option.value)}
              // Choosing the answer already given fires no change, but it is an answer: it confirms an assumed one.
              onClick={() => (!multiple && chosen(option.value) ? onChange(question.field, option.value) : undefined)}
            />
            <label htmlFor={optionId}>
              {option.label}
              {option.hint ? <span className="choice-hint muted">{option.hint}</span> : null}
              {effect ? (
                <span className={riskBadge(effect.riskLevel)} title={t("questionnaire.riskWithAnswer")}>
                  {riskWords(t, effect.riskLevel)}
                </span>
              ) : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
