"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import type { FactQuestion } from "@/lib/domain/risk/questions";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { Fold } from "@/components/forms/fold";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { FactQuestionField } from "@/components/incidents/intake/fact-question-field";
import { fieldInSentence, fieldLabel, type AppTranslator } from "@/components/incidents/field-labels";
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
function optionalSummary(t: AppTranslator, optional: FactQuestion[]): string {
  const [first = "", ...rest] = optional.map((question) => fieldInSentence(t, `facts.${question.field}`));
  return rest.length > 0 ? t("intake.facts.addOptionalAndRarer", { first }) : t("intake.facts.addOptional", { first });
}

/** The inputs of one wizard step (the review step has its own component). */
export function IntakeStepFields(props: Props) {
  const { step, values, register, errorOf, timeZone, zoneName, short = false } = props;
  const t = useTranslations();
  const label = (field: string) => fieldLabel(t, field);
  const common = (field: string) => {
    const fold = COMMON_OPTIONS[field];
    return fold ? { after: fold.after, summary: t(`intake.facts.${fold.summary}`) } : undefined;
  };
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
      common={short ? common(question.field) : undefined}
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
            optionalSummary(t, optional),
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
              {t.rich("intake.review.practice", {
                label: label("organization"),
                name: props.organizations.find((o) => o.slug === values.organization)?.name ?? "",
                strong: (chunks) => <strong>{chunks}</strong>,
              })}{" "}
              <span className="muted">{t("intake.what.savedInPractice")}</span>
            </p>
          ) : null}
          {props.organizations.length > 1 && !props.organizationLocked ? (
            <SelectField
              label={label("organization")}
              hint={t("intake.what.practiceHint")}
              options={[
                { value: "", label: t("intake.what.choosePractice") },
                ...props.organizations.map((o) => ({ value: o.slug, label: o.name })),
              ]}
              error={errorOf("organization")}
              {...register("organization")}
            />
          ) : null}
          <TextField
            label={label("title")}
            hint={t("intake.what.titleHint")}
            autoComplete="off"
            error={errorOf("title")}
            {...register("title")}
          />
          <TextAreaField
            label={label("description")}
            hint={t("intake.what.descriptionHint")}
            rows={6}
            error={errorOf("description")}
            {...register("description")}
          />
          <p className="zone-note">{t.rich("intake.what.zoneNote", { zone: zoneName, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <TextField
            type="datetime-local"
            label={label("occurredAt")}
            hint={t("intake.what.occurredHint")}
            error={errorOf("occurredAt")}
            {...register("occurredAt")}
          />
          <TextField
            type="datetime-local"
            label={label("discoveredAt")}
            hint={stillOpened(values.discoveredAt) ? t("intake.what.discoveredHintNow") : t("intake.what.discoveredHint")}
            error={errorOf("discoveredAt")}
            {...register("discoveredAt")}
          />
          <TextField
            type="datetime-local"
            label={label("awareAt")}
            hint={stillOpened(values.awareAt) ? t("intake.what.awareHintNow") : t("intake.what.awareHint")}
            error={errorOf("awareAt")}
            required
            {...register("awareAt")}
          />
          {awarenessLaterThanDiscovery(values, timeZone) ? (
            <TextAreaField
              label={label("awarenessDelayReason")}
              hint={t("intake.what.delayHint")}
              rows={3}
              error={errorOf("awarenessDelayReason")}
              {...register("awarenessDelayReason")}
            />
          ) : null}
          {extras(
            t("intake.what.addDiscoveryMethod"),
            !!values.discoveryMethod,
            !!errorOf("discoveryMethod"),
            <TextAreaField
              label={label("discoveryMethod")}
              hint={t("intake.what.discoveryMethodHint")}
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
            label={label("containment")}
            hint={t("intake.containment.hint")}
            rows={4}
            error={errorOf("containment")}
            {...register("containment")}
          />
          <ChoiceGroup
            legend={label("ongoing")}
            choices={[
              { value: "true", label: t("intake.containment.ongoingYes") },
              { value: "false", label: t("intake.containment.ongoingNo") },
            ]}
            error={errorOf("ongoing")}
            errorLabel={label("ongoing")}
            input={register("ongoing")}
          />
          {values.ongoing === "false" ? (
            <TextField
              type="datetime-local"
              label={label("containedAt")}
              hint={t("intake.containment.containedHint", { zone: zoneName })}
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
