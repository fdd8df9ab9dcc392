"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { RATIONALE_MIN } from "@/lib/schemas/assessment";
import { idleState, type FormState } from "@/lib/schemas/form-state";
import { fieldLabel, problemInWords } from "@/components/incidents/field-labels";
import { decisionWords } from "./assessment-words";

/** The fields this form shows an error on; a refusal about any other field is listed, labelled, in the alert. */
const OWN_FIELDS = ["authorityDecision", "authorityRationale", "subjectsDecision", "subjectsRationale", "subjectsOverrideTo"];

type Action = (previous: FormState<number>, form: FormData) => Promise<FormState<number>>;

interface Part {
  suggested: string;
  /** What "override" means for this audience. */
  overrideOptions: string[];
}

/**
 * The DPO's decision: accept or override the suggestion, separately for the authority and for the people.
 * An override needs a written reason; accepting takes an optional note. What an override means is shown
 * before it is chosen.
 */
export function DecisionForm({
  incidentId,
  incidentVersion,
  authority,
  subjects,
  action,
}: {
  incidentId: string;
  incidentVersion: number;
  authority: Part;
  subjects: Part;
  action: Action;
}) {
  const t = useTranslations("assessment");
  const tApp = useTranslations();
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.status === "error" ? state.fields : {};
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const elsewhere = Object.entries(errors).filter(([field]) => !OWN_FIELDS.includes(field));
  return (
    <form action={formAction} className="card" aria-labelledby="decision-heading" noValidate>
      <h2 id="decision-heading">{t("decision.heading")}</h2>
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="incidentVersion" value={incidentVersion} />
      {state.status === "error" ? (
        <div role="alert" className="field-error">
          <p>{state.message}</p>
          {elsewhere.length ? (
            <ul>
              {elsewhere.map(([field, problem]) => (
                <li key={field}>
                  {fieldLabel(tApp, field)}: {problemInWords(tApp, problem)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.status === "done" ? <p role="status">{t("decision.recorded", { version: state.value })}</p> : null}
      <AudiencePart name="authority" title={t("decision.authorityTitle")} part={authority} errors={errors} values={values} />
      <AudiencePart name="subjects" title={t("decision.subjectsTitle")} part={subjects} errors={errors} values={values} />
      <button type="submit" disabled={pending}>
        {pending ? t("decision.submitting") : t("decision.submit")}
      </button>
    </form>
  );
}

function AudiencePart({
  name,
  title,
  part,
  errors,
  values,
}: {
  name: "authority" | "subjects";
  title: string;
  part: Part;
  errors: Record<string, string>;
  values: Record<string, string>;
}) {
  const t = useTranslations("assessment");
  const format = useFormatter();
  const [choice, setChoice] = useState(values[`${name}Decision`] ?? "accept");
  const rationaleId = `${name}-rationale`;
  const error = errors[`${name}Rationale`];
  const decisionError = errors[`${name}Decision`];
  const overrideToError = name === "subjects" ? errors.subjectsOverrideTo : undefined;
  const choiceError = decisionError ?? overrideToError;
  // Each refusal is announced with the field it is about: the radios, or the "Instead" list when that was refused.
  const choiceErrorId = `${name}-decision-error`;
  const onChoice = decisionError ? { "aria-invalid": true, "aria-describedby": choiceErrorId } : {};
  return (
    <fieldset aria-describedby={choiceError ? choiceErrorId : undefined}>
      <legend>{title}</legend>
      <p>
        {t.rich("decision.suggested", {
          strong: (chunks) => <strong data-testid={`${name}-suggested`}>{chunks}</strong>,
          decision: decisionWords(t, part.suggested),
        })}
      </p>
      <div className="choice">
        <input
          type="radio"
          id={`${name}-accept`}
          name={`${name}Decision`}
          value="accept"
          checked={choice === "accept"}
          onChange={() => setChoice("accept")}
          {...onChoice}
        />
        <label htmlFor={`${name}-accept`}>{t("decision.accept")}</label>
      </div>
      <div className="choice">
        <input
          type="radio"
          id={`${name}-override`}
          name={`${name}Decision`}
          value="override"
          checked={choice === "override"}
          onChange={() => setChoice("override")}
          {...onChoice}
        />
        <label htmlFor={`${name}-override`}>
          {t("decision.override", {
            options: format.list(
              part.overrideOptions.map((option) => decisionWords(t, option)),
              { type: "disjunction" },
            ),
          })}
        </label>
      </div>
      {name === "subjects" && choice === "override" && part.overrideOptions.length > 1 ? (
        <div className="field">
          <label htmlFor="subjects-override-to">{t("decision.instead")}</label>
          <select
            id="subjects-override-to"
            name="subjectsOverrideTo"
            defaultValue={values.subjectsOverrideTo ?? part.overrideOptions[0]}
            aria-invalid={!decisionError && overrideToError ? true : undefined}
            aria-describedby={!decisionError && overrideToError ? choiceErrorId : undefined}
          >
            {part.overrideOptions.map((option) => (
              <option key={option} value={option}>
                {decisionWords(t, option)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {choiceError ? (
        <p className="field-error" id={choiceErrorId} role="alert">
          {choiceError}
        </p>
      ) : null}
      <label htmlFor={rationaleId}>{choice === "override" ? t("rationale.override", { min: RATIONALE_MIN }) : t("rationale.accept")}</label>
      <textarea
        id={rationaleId}
        name={`${name}Rationale`}
        required={choice === "override"}
        minLength={choice === "override" ? RATIONALE_MIN : undefined}
        defaultValue={values[`${name}Rationale`] ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${rationaleId}-error` : undefined}
      />
      {error ? (
        <p className="field-error" id={`${rationaleId}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
