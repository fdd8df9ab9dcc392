"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { get, useForm, useWatch, type Path } from "react-hook-form";
import { problemInWords } from "@/components/incidents/field-labels";
import { intakeFormSchema } from "@/components/incidents/intake/intake-form-schema";
import { IntakeReview } from "@/components/incidents/intake/intake-review";
import {
  fieldsOf,
  firstFieldWithError,
  INTAKE_STEPS,
  LAST_QUESTION_STEP,
  stepOfField,
  stepTitle,
} from "@/components/incidents/intake/intake-steps";
import { IntakeStepFields, type OrganizationChoice } from "@/components/incidents/intake/intake-step-fields";
import type { IntakeFormValues } from "@/components/incidents/intake/intake-values";
import type { IncidentIntakeInput } from "@/lib/schemas/incident";
import { describeZone } from "@/components/incidents/local-time";
import { useAssumedAnswers } from "@/components/incidents/intake/use-assumed-answers";
import { useAutosave, type DraftRef, type SaveDraft } from "@/components/incidents/intake/use-autosave";
import { ScriptedForm, SubmitButton } from "@/components/forms/scripted-form";

type Submit = SaveDraft;

/**
 * The intake wizard: one short step at a time, checked before moving on, saved as a draft as it goes, and
 * reported from the review step. Works by keyboard alone; every error is announced and focused.
 */
export function IntakeWizard(props: {
  organizations: OrganizationChoice[];
  initialValues: IntakeFormValues;
  initialDraft: DraftRef;
  saveDraft: SaveDraft;
  submit: Submit;
  /** The local time filled in for discovery and awareness when a new report was opened. */
  openedAt?: string;
}) {
  const { organizations, saveDraft, submit } = props;
  const t = useTranslations();
  const locale = useLocale();
  const [stepIndex, setStepIndex] = useState(0);
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [pending, startTransition] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const { control, register, trigger, setFocus, setError, setValue, handleSubmit, formState, getValues, getFieldState, subscribe } =
    useForm<IntakeFormValues, unknown, IncidentIntakeInput>({
      defaultValues: props.initialValues,
      mode: "onSubmit",
      reValidateMode: "onChange",
      // The practice's zone decides how the times are read; it is looked up at validation time.
      resolver: (values, context, options) => {
        const zone = organizations.find((o) => o.slug === values.organization)?.timeZone ?? organizations[0]?.timeZone ?? "UTC";
        return zodResolver<IntakeFormValues, unknown, IncidentIntakeInput>(
          intakeFormSchema(zone, true, { organizationRequired: organizations.length > 1 }),
        )(values, context, options as never);
      },
      shouldFocusError: false,
    });
  // The pre-filled answers she leaves untouched are sent as assumed, for the DPO to confirm.
  useAssumedAnswers({ subscribe, getValues, setValue });
  const values = useWatch({ control }) as IntakeFormValues;
  const organization = organizations.find((o) => o.slug === values.organization) ?? organizations[0];
  const timeZone = organization?.timeZone ?? "UTC";
  const zoneName = useMemo(() => describeZone(timeZone, new Date(), locale), [timeZone, locale]);
  const autosave = useAutosave({ values, timeZone, initial: props.initialDraft, save: saveDraft, stopped: submitted });
  const step = INTAKE_STEPS[stepIndex]!;
  // The review is offered, not imposed: every step was checked on the way, and the file can be edited later.
  const sendsFromHere = step.id === "review" || step.id === LAST_QUESTION_STEP;
  const breachTypes = values.facts?.breachTypes ?? [];

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [stepIndex]);

  // Discovery cannot come after awareness. While discovery still holds the "now" it was filled in with, it is
  // a placeholder: when awareness is set earlier, discovery follows it instead of raising an error.
  const awareAt = values.awareAt;
  useEffect(() => {
    const discovered = getValues("discoveredAt");
    if (props.openedAt && discovered === props.openedAt && awareAt && awareAt < discovered)
      setValue("discoveredAt", awareAt, { shouldDirty: true });
  }, [awareAt, getValues, setValue, props.openedAt]);

  const errorOf = (field: string) => {
    const message = (get(formState.errors, field) as { message?: string } | undefined)?.message;
    return message ? problemInWords(t, message) : undefined;
  };

  async function next() {
    setFormMessage(null);
    const fields = fieldsOf(step, breachTypes);
    const valid = fields.length === 0 ? true : await trigger(fields as Path<IntakeFormValues>[]);
    if (!valid) {
      // The form's live state, not this render's snapshot: the errors were set by the trigger just now.
      const first = firstFieldWithError(fields, (field) => !!getFieldState(field as Path<IntakeFormValues>).error);
      setFormMessage(t("intake.wizard.correctBelow"));
      if (first) {
        setFocus(first as Path<IntakeFormValues>);
        // Again after the render that shows the errors: a folded question opens only then, and only then takes focus.
        setTimeout(() => setFocus(first as Path<IntakeFormValues>), 0);
      }
      return;
    }
    setStepIndex((index) => Math.min(index + 1, INTAKE_STEPS.length - 1));
  }

  function back() {
    setFormMessage(null);
    setStepIndex((index) => Math.max(index - 1, 0));
  }

  const send = handleSubmit(
    (input) => {
      startTransition(async () => {
        const draft = await autosave.settled();
        setSubmitted(true);
        const result = await submit(draft, input);
        // Success navigates to the incident file; anything else comes back here.
        setSubmitted(false);
        if (result.status === "error") {
          const entries = Object.entries(result.fields);
          for (const [field, problem] of entries) setError(field as Path<IntakeFormValues>, { message: problem });
          setFormMessage(entries.length ? result.message : t("intake.wizard.notSent", { problem: result.message }));
          const first = entries[0]?.[0];
          if (first) {
            setStepIndex(stepOfField(first, getValues("facts.breachTypes")));
            setTimeout(() => setFocus(first as Path<IntakeFormValues>), 0);
          }
        }
      });
    },
    (errors) => {
      // Something earlier is missing: go to the first step with a problem and focus it.
      const fields = INTAKE_STEPS.flatMap((candidate) => fieldsOf(candidate, breachTypes));
      const first = firstFieldWithError(fields, (field) => !!get(errors, field));
      setFormMessage(t("intake.page.incomplete"));
      if (first) {
        setStepIndex(stepOfField(first, breachTypes));
        setTimeout(() => setFocus(first as Path<IntakeFormValues>), 0);
      }
    },
  );

  return (
    <ScriptedForm
      className="wizard card"
      noValidate
      onSubmit={(event) => (sendsFromHere ? send(event) : (event.preventDefault(), void next()))}
    >
      <div className="wizard-top">
        <p className="muted wizard-progress">
          {step.id === "review"
            ? t("intake.wizard.lastCheck")
            : t("intake.wizard.progress", { step: stepIndex + 1, total: INTAKE_STEPS.length - 1 })}
        </p>
        <p className="autosave muted" role="status" aria-live="polite" data-testid="autosave-status">
          {autosave.status}
        </p>
      </div>
      <h2 ref={heading} tabIndex={-1}>
        {stepTitle(t, step.id)}
      </h2>
      {formMessage ? (
        <p className="field-error" role="alert">
          {formMessage}
        </p>
      ) : null}
      {step.id === "review" ? (
        <IntakeReview
          values={values}
          organizationName={organization?.name ?? ""}
          zoneName={zoneName}
          onChange={(field) => setStepIndex(stepOfField(field, breachTypes))}
        />
      ) : (
        <IntakeStepFields
          step={step}
          values={values}
          register={register}
          errorOf={errorOf}
          organizations={organizations}
          organizationLocked={autosave.hasDraft}
          timeZone={timeZone}
          zoneName={zoneName}
          short
          openedAt={props.openedAt}
        />
      )}
      <div className="wizard-actions">
        {stepIndex > 0 ? (
          <button type="button" className="secondary" onClick={back}>
            {t("intake.wizard.back")}
          </button>
        ) : null}
        {sendsFromHere ? (
          <SubmitButton disabled={pending}>{pending ? t("intake.wizard.sending") : t("intake.wizard.send")}</SubmitButton>
        ) : (
          <SubmitButton>{t("intake.wizard.next", { title: stepTitle(t, INTAKE_STEPS[stepIndex + 1]?.id ?? "review") })}</SubmitButton>
        )}
        {step.id === LAST_QUESTION_STEP ? (
          <button type="button" className="secondary" onClick={() => void next()}>
            {t("intake.wizard.checkFirst")}
          </button>
        ) : null}
      </div>
    </ScriptedForm>
  );
}
