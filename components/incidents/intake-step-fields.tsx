"use client";

import type { UseFormRegister } from "react-hook-form";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { FactQuestionField } from "./fact-question-field";
import { fieldLabel } from "./field-labels";
import { questionsOf, type IntakeStep } from "./intake-steps";
import type { IntakeFormValues } from "./intake-values";
import { awarenessLaterThanDiscovery } from "./intake-times";

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
}

/** The inputs of one wizard step (the review step has its own component). */
export function IntakeStepFields(props: Props) {
  const { step, values, register, errorOf, timeZone, zoneName } = props;
  const facts = questionsOf(step, values.facts?.breachTypes ?? []).map((question) => (
    <FactQuestionField key={question.field} question={question} register={register} error={errorOf(`facts.${question.field}`)} />
  ));
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
          <TextField label={fieldLabel("title")} hint="A few words you will recognise later, e.g. “Image server reachable from the internet”." autoComplete="off" error={errorOf("title")} {...register("title")} />
          <TextAreaField
            label={fieldLabel("description")}
            hint="No legal words needed: what you saw, what you know so far, what you do not know yet."
            rows={6}
            error={errorOf("description")}
            {...register("description")}
          />
        </>
      );
    case "when":
      return (
        <>
          <p className="zone-note">
            Times are read in the practice&apos;s time zone: <strong>{zoneName}</strong>.
          </p>
          <TextField type="datetime-local" label={fieldLabel("occurredAt")} hint="Your best estimate; leave empty if unknown." error={errorOf("occurredAt")} {...register("occurredAt")} />
          <TextField type="datetime-local" label={fieldLabel("discoveredAt")} hint="When someone first noticed something was wrong." error={errorOf("discoveredAt")} {...register("discoveredAt")} />
          <TextField
            type="datetime-local"
            label={fieldLabel("awareAt")}
            hint="When you were reasonably sure personal data was affected. The 72-hour clock starts here (GDPR Art. 33(1))."
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
        </>
      );
    case "how":
      return (
        <TextAreaField
          label={fieldLabel("discoveryMethod")}
          hint="For example: a patient called, our IT provider found it, an alert, a letter from a researcher."
          rows={4}
          error={errorOf("discoveryMethod")}
          {...register("discoveryMethod")}
        />
      );
    case "containment":
      return (
        <>
          <TextAreaField
            label={fieldLabel("containment")}
            hint="For example: server taken offline, passwords changed, the recipient asked to delete the letter."
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
            <TextField type="datetime-local" label={fieldLabel("containedAt")} hint={`In ${zoneName}.`} error={errorOf("containedAt")} {...register("containedAt")} />
          ) : null}
          {facts}
        </>
      );
    default:
      return <>{facts}</>;
  }
}
