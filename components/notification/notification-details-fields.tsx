"use client";

import type { Control, UseFormRegister } from "react-hook-form";
import type { NotificationDetails } from "@/lib/schemas/notification-details";
import { ChoiceGroup, type Choice } from "@/components/forms/choice-group";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import {
  DETAIL_QUESTIONS,
  optionsOf,
  referenceOf,
  stillNeeded,
  type DetailQuestion,
  type DetailQuestionKey,
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

const YES_NO: readonly Choice[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "", label: "Not known yet" },
];

const FILED_BY: readonly Choice[] = [
  { value: "contact", label: "The data protection officer (or contact person) named in the practice settings" },
  { value: "someone_else", label: "Someone else" },
];

const CAUSE_ORIGIN: readonly Choice[] = [
  { value: "internal", label: "Inside the practice (staff, our own systems)" },
  { value: "external", label: "Outside the practice (a provider, an attacker, the post...)" },
  { value: "", label: "Not known yet" },
];

/** The question, its template and GDPR reference beside it, and a mark while the template still needs it. */
function Question({ field, missingRequired }: { field: DetailQuestionKey; missingRequired: ReadonlySet<string> }) {
  return (
    <>
      {DETAIL_QUESTIONS[field].question} <span className="muted small">({referenceOf(field)})</span>
      {stillNeeded(field, missingRequired) ? <span className="badge badge-warn">still needed</span> : null}
    </>
  );
}

/** For inputs whose label is text: the same question and reference, in words. */
const labelOf = (field: DetailQuestionKey) => `${DETAIL_QUESTIONS[field].question} (${referenceOf(field)})`;
function hintOf(field: DetailQuestionKey): string | undefined {
  const question: DetailQuestion = DETAIL_QUESTIONS[field];
  return question.hint;
}

function Choices(
  props: DetailsFieldProps & { field: keyof DetailsFormValues & DetailQuestionKey; choices: readonly Choice[]; multiple?: boolean },
) {
  const { field, choices, multiple, register, errorOf, missingRequired } = props;
  const hint = hintOf(field);
  return (
    <ChoiceGroup
      legend={<Question field={field} missingRequired={missingRequired} />}
      details={hint ? <p className="muted hint">{hint}</p> : undefined}
      multiple={multiple}
      choices={choices}
      error={errorOf(field)}
      errorLabel={DETAIL_QUESTIONS[field].question}
      input={register(field)}
    />
  );
}

/** The hint of an input whose label is text: its own hint, and the mark while the template still needs it. */
function textHint(field: DetailQuestionKey, missingRequired: ReadonlySet<string>): string | undefined {
  const parts = [hintOf(field), stillNeeded(field, missingRequired) ? "Still needed for the template." : undefined].filter(Boolean);
  return parts.length ? parts.join(" ") : undefined;
}

function Text(props: DetailsFieldProps & { field: keyof DetailsFormValues & DetailQuestionKey }) {
  const { field, register, errorOf, missingRequired } = props;
  return (
    <TextAreaField label={labelOf(field)} hint={textHint(field, missingRequired)} rows={3} error={errorOf(field)} {...register(field)} />
  );
}

/** The who-files and who-else part (EDPB template 2.2 and 2.4). */
function PeopleSection(props: DetailsFieldProps) {
  const { values, register, errorOf } = props;
  return (
    <section aria-labelledby="details-people-heading">
      <h3 id="details-people-heading">Who files it, and who else is involved</h3>
      <Choices {...props} field="filedBy" choices={FILED_BY} />
      {values.filedBy === "someone_else" ? (
        <div className="edit-section">
          <TextField label="Their name" autoComplete="name" error={errorOf("reporter.name")} {...register("reporter.name")} />
          <TextField
            label="Their e-mail address"
            type="email"
            autoComplete="email"
            hint="An e-mail address or a phone number is needed."
            error={errorOf("reporter.email")}
            {...register("reporter.email")}
          />
          <TextField
            label="Their phone number"
            type="tel"
            autoComplete="tel"
            error={errorOf("reporter.phone")}
            {...register("reporter.phone")}
          />
          <ChoiceGroup
            legend={
              <>
                In what capacity do they file it? <span className="muted small">(EDPB template 2.2)</span>
              </>
            }
            choices={optionsOf("reporter.function")}
            error={errorOf("reporter.role")}
            errorLabel="In what capacity"
            input={register("reporter.role")}
          />
        </div>
      ) : null}
      <Choices {...props} field="otherPartiesInvolved" choices={YES_NO} />
      {values.otherPartiesInvolved === "yes" ? <OtherPartiesFields {...props} /> : null}
    </section>
  );
}

export function NotificationDetailsFields(props: DetailsFieldProps) {
  const { register, errorOf, values, missingRequired } = props;
  const incidentTypes = [{ value: "", label: "Not recorded yet" }, ...optionsOf("nature.incidentType")];
  return (
    <>
      <PeopleSection {...props} />
      <section aria-labelledby="details-nature-heading">
        <h3 id="details-nature-heading">How it was found and what happened</h3>
        <Choices {...props} field="discoveredBy" choices={optionsOf("timeline.discoveredBy")} />
        <SelectField
          label={labelOf("incidentType")}
          hint={textHint("incidentType", missingRequired)}
          options={incidentTypes}
          error={errorOf("incidentType")}
          {...register("incidentType")}
        />
        <Choices {...props} field="causeOrigin" choices={CAUSE_ORIGIN} />
        <Text {...props} field="systemsInvolved" />
        <Text {...props} field="dataItems" />
      </section>
      <section aria-labelledby="details-contact-heading">
        <h3 id="details-contact-heading">Contact for the people affected</h3>
        <TextField
          label="Toll-free phone number for the people affected"
          hint="Required in HIPAA notices (US practices), and kept in service for 90 days after a substitute notice."
          type="tel"
          error={props.errorOf("tollFreePhone")}
          {...props.register("tollFreePhone")}
        />
        <TextField
          label="Web page with more information"
          type="url"
          error={props.errorOf("contactWebsite")}
          {...props.register("contactWebsite")}
        />
      </section>
      <section aria-labelledby="details-protection-heading">
        <h3 id="details-protection-heading">Protection in place at the time</h3>
        <Choices {...props} field="protectionMeasures" choices={optionsOf("protection.measures")} multiple />
        <Text {...props} field="measuresInPlace" />
      </section>
      <section aria-labelledby="details-consequences-heading">
        <h3 id="details-consequences-heading">Consequences, and preventing a repeat</h3>
        <Text {...props} field="likelyConsequences" />
        <Choices {...props} field="preventionMeasures" choices={optionsOf("measures.prevention")} multiple />
        <Text {...props} field="measuresProposed" />
      </section>
      <section aria-labelledby="details-others-heading">
        <h3 id="details-others-heading">Telling the people, other authorities, other countries</h3>
        <TextField
          label={labelOf("communicationPlannedFor")}
          type="date"
          hint={textHint("communicationPlannedFor", missingRequired)}
          error={errorOf("communicationPlannedFor")}
          {...register("communicationPlannedFor")}
        />
        <Choices {...props} field="reportedToPolice" choices={YES_NO} />
        <Choices {...props} field="otherAuthoritiesTold" choices={YES_NO} />
        {values.otherAuthoritiesTold !== "no" ? <Text {...props} field="otherAuthoritiesNotified" /> : null}
        <Choices {...props} field="crossBorder" choices={YES_NO} />
      </section>
    </>
  );
}
