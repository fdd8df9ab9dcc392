"use client";

import type { ReactNode } from "react";
import type { UseFormRegister } from "react-hook-form";
import type { FactQuestion } from "@/lib/domain/risk/questions";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { Fold } from "@/components/forms/fold";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { FactQuestionField } from "@/components/incidents/intake/fact-question-field";
import { fieldLabel } from "@/components/incidents/field-labels";
import { PrefilledFold } from "@/components/incidents/intake/intake-prefilled-fold";
import {
  COMMON_OPTIONS,
  optionalOf,
  prefilledOf,
  questionsOf,
  wizardPrefilledOf,
  type IntakeStep,
} from "@/components/incidents/intake/intake-steps";
import type { IntakeFormValues } from "@/components/incidents/intake/intake-values";
import { awarenessLaterThanDiscovery } from "@/components/incidents/intake/intake-times";

export interface OrganizationChoice {
  slug: string;
  name: string;
  timeZone: string;
}

interface Props {
  step: IntakeStep;
  values: IntakeFormValues;
  register: UseFormRegister<IntakeFormValues>;
  errorOf: (field: string) => string | undefined;
  organizations: OrganizationChoice[];
  organizationLocked: boolean;
  timeZone: string;
  zoneName: string;
  /**
   * The intake wizard's short form (issue #5): legal terms behind "Why?", the rarer options, optional extras and
   * pre-filled questions folded. The edit form shows everything open.
   */
  short?: boolean;
  /** The local time the wizard filled in for discovery and awareness, so the hint can say so while it stands. */
  openedAt?: string;
}

/**
 * "Add about how many records and rarer details (optional)": the first extra by name, the rare ones (a reader
 * who could harm, data about no living person) together, so the summary stays short and does not change, and
 * so is not read again, when the kind of breach changes.
 */
function optionalSummary(optional: FactQuestion[]): string {
  const [first, ...rest] = optional.map((question) => fieldLabel(`facts.${question.field}`).toLowerCase());
  return `Add ${first}${rest.length > 0 ? " and rarer details" : ""} (optional)`;
}

/** The inputs of one wizard step (the review step has its own component). */
export function IntakeStepFields(props: Props) {
  const { step, values, register, errorOf, timeZone, zoneName, short = false } = props;
  const types = values.facts?.breachTypes ?? [];
  const answerOf = (question: FactQuestion) =>
    question.field
      .split(".")
      .reduce<unknown>(
        (current, key) => (current && typeof current === "object" ? (current as Record<string, unknown>)[key] : undefined),
        values.facts,
      );
  const field = (question: FactQuestion) => (
    <FactQuestionField
      key={question.field}
      question={question}
      register={register}
      error={errorOf(`facts.${question.field}`)}
      helpFolded={short}
      common={short ? COMMON_OPTIONS[question.field] : undefined}
      value={answerOf(question)}
    />
  );
  const optional = optionalOf(step, types);
  // Optional extras: folded in the wizard, open once answered or wrong; open as they are in the edit form.
  const extras = (summary: string, answered: boolean, failed: boolean, inputs: ReactNode) =>
    short ? (
      <Fold className="optional" summary={summary} forceOpen={answered || failed}>
        {inputs}
      </Fold>
    ) : (
      inputs
    );
  const facts = (
    <>
      {questionsOf(step, types).map(field)}
      {optional.length > 0
        ? extras(
            optionalSummary(optional),
            optional.some((question) => !["", undefined, null].includes(answerOf(question) as string | null | undefined)),
            optional.some((question) => !!errorOf(`facts.${question.field}`)),
            optional.map(field),
          )
        : null}
      {short ? (
        <PrefilledFold questions={wizardPrefilledOf(step, types)} values={values} register={register} errorOf={errorOf} />
      ) : (
        prefilledOf(step, types).map(field)
      )}
    </>
  );
  const stillOpened = (value: string) => !!props.openedAt && value === props.openedAt;
  switch (step.id) {
    case "what":
      return (
        <>
          {props.organizations.length > 1 && props.organizationLocked ? (
            <p>
              {fieldLabel("organization")}: <strong>{props.organizations.find((o) => o.slug === values.organization)?.name}</strong>{" "}
              <span className="muted">(the draft is saved in this practice)</span>
            </p>
          ) : null}
          {props.organizations.length > 1 && !props.organizationLocked ? (
            <SelectField
              label={fieldLabel("organization")}
              hint="You work for several practices: which one is this about?"
              options={[{ value: "", label: "Choose a practice" }, ...props.organizations.map((o) => ({ value: o.slug, label: o.name }))]}
              error={errorOf("organization")}
              {...register("organization")}
            />
          ) : null}
          <TextField
            label={fieldLabel("title")}
            hint="A few words you will recognise later. Do not put a patient's name here."
            autoComplete="off"
            error={errorOf("title")}
            {...register("title")}
          />
          <TextAreaField
            label={fieldLabel("description")}
            hint="No legal words needed: what you saw, what you know so far, what you do not know yet."
            rows={6}
            error={errorOf("description")}
            {...register("description")}
          />
          <p className="zone-note">
            Times are read in the practice&apos;s time zone: <strong>{zoneName}</strong>.
          </p>
          <TextField
            type="datetime-local"
            label={fieldLabel("occurredAt")}
            hint="Your best estimate; leave empty if unknown."
            error={errorOf("occurredAt")}
            {...register("occurredAt")}
          />
          <TextField
            type="datetime-local"
            label={fieldLabel("discoveredAt")}
            hint={
              `When someone first noticed something was ` +
              `wrong.${stillOpened(values.discoveredAt) ? " Filled in with now; change it if earlier." : ""}`
            }
            error={errorOf("discoveredAt")}
            {...register("discoveredAt")}
          />
          <TextField
            type="datetime-local"
            label={fieldLabel("awareAt")}
            hint={
              `When you were reasonably sure; the 72-hour clock starts here (GDPR Art. ` +
              `33(1)).${stillOpened(values.awareAt) ? " Filled in with now; change it if you knew earlier." : ""}`
            }
            error={errorOf("awareAt")}
            required
            {...register("awareAt")}
          />
          {awarenessLaterThanDiscovery(values, timeZone) ? (
            <TextAreaField
              label={fieldLabel("awarenessDelayReason")}
              hint="Awareness came later than the discovery: say what was checked in between (for example the IT provider's investigation)."
              rows={3}
              error={errorOf("awarenessDelayReason")}
              {...register("awarenessDelayReason")}
            />
          ) : null}
          {extras(
            "Add how it was discovered (optional)",
            !!values.discoveryMethod,
            !!errorOf("discoveryMethod"),
            <TextAreaField
              label={fieldLabel("discoveryMethod")}
              hint="For example: a patient called, our IT provider found it, an alert."
              rows={short ? 2 : 4}
              error={errorOf("discoveryMethod")}
              {...register("discoveryMethod")}
            />,
          )}
        </>
      );
    case "containment":
      return (
        <>
          <TextAreaField
            label={fieldLabel("containment")}
            hint="Optional. For example: server taken offline, passwords changed, the recipient asked to delete the letter."
            rows={4}
            error={errorOf("containment")}
            {...register("containment")}
          />
          <ChoiceGroup
            legend={fieldLabel("ongoing")}
            choices={[
              { value: "true", label: "Yes, it is still going on" },
              { value: "false", label: "No, it has stopped" },
            ]}
            error={errorOf("ongoing")}
            errorLabel={fieldLabel("ongoing")}
            input={register("ongoing")}
          />
          {values.ongoing === "false" ? (
            <TextField
              type="datetime-local"
              label={fieldLabel("containedAt")}
              hint={`In ${zoneName}.`}
              error={errorOf("containedAt")}
              {...register("containedAt")}
            />
          ) : null}
          {facts}
        </>
      );
    default:
      return <>{facts}</>;
  }
}
