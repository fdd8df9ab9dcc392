"use client";

import { useTranslations } from "next-intl";
import type { Control, UseFormRegister } from "react-hook-form";
import type { NotificationDetails } from "@/lib/schemas/notification-details";
import { ChoiceGroup, type Choice } from "@/components/forms/choice-group";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import {
  hintOf,
  optionsOf,
  questionOf,
  referenceOf,
  stillNeeded,
  type DetailQuestionKey,
  type NotificationT,
} from "./notification-details-questions";
import type { DetailsFormValues } from "./notification-details-values";
import { OtherPartiesFields } from "./other-parties-fields";

export interface DetailsFieldProps {
  register: UseFormRegister<DetailsFormValues>;
  control: Control<DetailsFormValues, unknown, NotificationDetails>;
  values: DetailsFormValues;
  errorOf: (field: string) => string | undefined;
  /** Template questions still unanswered that the form must have (to mark the questions that give them). */
  missingRequired: ReadonlySet<string>;
}

const yesNo = (t: NotificationT): readonly Choice[] => [
  { value: "yes", label: t("details.yes") },
  { value: "no", label: t("details.no") },
  { value: "", label: t("details.notKnownYet") },
];

const filedByChoices = (t: NotificationT): readonly Choice[] => [
  { value: "contact", label: t("details.filedByContact") },
  { value: "someone_else", label: t("details.filedBySomeoneElse") },
];

const causeOriginChoices = (t: NotificationT): readonly Choice[] => [
  { value: "internal", label: t("details.causeInternal") },
  { value: "external", label: t("details.causeExternal") },
  { value: "", label: t("details.notKnownYet") },
];

/** The question, its template and GDPR reference beside it, and a mark while the template still needs it. */
function Question({ field, missingRequired }: { field: DetailQuestionKey; missingRequired: ReadonlySet<string> }) {
  const t = useTranslations("notification");
  return (
    <>
      {questionOf(field, t)} <span className="muted small">({referenceOf(field, t)})</span>
      {stillNeeded(field, missingRequired) ? <span className="badge badge-warn">{t("details.stillNeeded")}</span> : null}
    </>
  );
}

/** For inputs whose label is text: the same question and reference, in words. */
const labelOf = (t: NotificationT, field: DetailQuestionKey) => `${questionOf(field, t)} (${referenceOf(field, t)})`;

function Choices(
  props: DetailsFieldProps & { field: keyof DetailsFormValues & DetailQuestionKey; choices: readonly Choice[]; multiple?: boolean },
) {
  const { field, choices, multiple, register, errorOf, missingRequired } = props;
  const t = useTranslations("notification");
  const hint = hintOf(field, t);
  return (
    <ChoiceGroup
      legend={<Question field={field} missingRequired={missingRequired} />}
      details={hint ? <p className="muted hint">{hint}</p> : undefined}
      multiple={multiple}
      choices={choices}
      error={errorOf(field)}
      errorLabel={questionOf(field, t)}
      input={register(field)}
    />
  );
}

/** The hint of an input whose label is text: its own hint, and the mark while the template still needs it. */
function textHint(t: NotificationT, field: DetailQuestionKey, missingRequired: ReadonlySet<string>): string | undefined {
  const parts = [hintOf(field, t), stillNeeded(field, missingRequired) ? t("details.stillNeededHint") : undefined].filter(Boolean);
  return parts.length ? parts.join(" ") : undefined;
}

function Text(props: DetailsFieldProps & { field: keyof DetailsFormValues & DetailQuestionKey }) {
  const { field, register, errorOf, missingRequired } = props;
  const t = useTranslations("notification");
  return (
    <TextAreaField
      label={labelOf(t, field)}
      hint={textHint(t, field, missingRequired)}
      rows={3}
      error={errorOf(field)}
      {...register(field)}
    />
  );
}

/** The who-files and who-else part (EDPB template 2.2 and 2.4). */
function PeopleSection(props: DetailsFieldProps) {
  const { values, register, errorOf } = props;
  const t = useTranslations("notification");
  return (
    <section aria-labelledby="details-people-heading">
      <h3 id="details-people-heading">{t("details.sections.people")}</h3>
      <Choices {...props} field="filedBy" choices={filedByChoices(t)} />
      {values.filedBy === "someone_else" ? (
        <div className="edit-section">
          <TextField
            label={t("details.reporter.name")}
            autoComplete="name"
            error={errorOf("reporter.name")}
            {...register("reporter.name")}
          />
          <TextField
            label={t("details.reporter.email")}
            type="email"
            autoComplete="email"
            hint={t("details.reporter.emailHint")}
            error={errorOf("reporter.email")}
            {...register("reporter.email")}
          />
          <TextField
            label={t("details.reporter.phone")}
            type="tel"
            autoComplete="tel"
            error={errorOf("reporter.phone")}
            {...register("reporter.phone")}
          />
          <ChoiceGroup
            legend={t.rich("details.reporter.capacity", { ref: (chunks) => <span className="muted small">{chunks}</span> })}
            choices={optionsOf("reporter.function", t)}
            error={errorOf("reporter.role")}
            errorLabel={t("details.reporter.capacityShort")}
            input={register("reporter.role")}
          />
        </div>
      ) : null}
      <Choices {...props} field="otherPartiesInvolved" choices={yesNo(t)} />
      {values.otherPartiesInvolved === "yes" ? <OtherPartiesFields {...props} /> : null}
    </section>
  );
}

export function NotificationDetailsFields(props: DetailsFieldProps) {
  const { register, errorOf, values, missingRequired } = props;
  const t = useTranslations("notification");
  const incidentTypes = [{ value: "", label: t("details.notRecordedYet") }, ...optionsOf("nature.incidentType", t)];
  return (
    <>
      <PeopleSection {...props} />
      <section aria-labelledby="details-nature-heading">
        <h3 id="details-nature-heading">{t("details.sections.nature")}</h3>
        <Choices {...props} field="discoveredBy" choices={optionsOf("timeline.discoveredBy", t)} />
        <SelectField
          label={labelOf(t, "incidentType")}
          hint={textHint(t, "incidentType", missingRequired)}
          options={incidentTypes}
          error={errorOf("incidentType")}
          {...register("incidentType")}
        />
        <Choices {...props} field="causeOrigin" choices={causeOriginChoices(t)} />
        <Text {...props} field="systemsInvolved" />
        <Text {...props} field="dataItems" />
      </section>
      <section aria-labelledby="details-contact-heading">
        <h3 id="details-contact-heading">{t("details.sections.contact")}</h3>
        <TextField
          label={t("details.tollFreePhone")}
          hint={t("details.tollFreePhoneHint")}
          type="tel"
          error={props.errorOf("tollFreePhone")}
          {...props.register("tollFreePhone")}
        />
        <TextField
          label={t("details.contactWebsite")}
          type="url"
          error={props.errorOf("contactWebsite")}
          {...props.register("contactWebsite")}
        />
      </section>
      <section aria-labelledby="details-protection-heading">
        <h3 id="details-protection-heading">{t("details.sections.protection")}</h3>
        <Choices {...props} field="protectionMeasures" choices={optionsOf("protection.measures", t)} multiple />
        <Text {...props} field="measuresInPlace" />
      </section>
      <section aria-labelledby="details-consequences-heading">
        <h3 id="details-consequences-heading">{t("details.sections.consequences")}</h3>
        <Text {...props} field="likelyConsequences" />
        <Choices {...props} field="preventionMeasures" choices={optionsOf("measures.prevention", t)} multiple />
        <Text {...props} field="measuresProposed" />
      </section>
      <section aria-labelledby="details-others-heading">
        <h3 id="details-others-heading">{t("details.sections.others")}</h3>
        <TextField
          label={labelOf(t, "communicationPlannedFor")}
          type="date"
          hint={textHint(t, "communicationPlannedFor", missingRequired)}
          error={errorOf("communicationPlannedFor")}
          {...register("communicationPlannedFor")}
        />
        <Choices {...props} field="reportedToPolice" choices={yesNo(t)} />
        <Choices {...props} field="otherAuthoritiesTold" choices={yesNo(t)} />
        {values.otherAuthoritiesTold !== "no" ? <Text {...props} field="otherAuthoritiesNotified" /> : null}
        <Choices {...props} field="crossBorder" choices={yesNo(t)} />
      </section>
    </>
  );
}
