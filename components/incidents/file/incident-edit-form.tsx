"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { get, useForm, useWatch, type Path } from "react-hook-form";
import type { IncidentIntakeInput } from "@/lib/schemas/incident";
import type { IncidentDto } from "@/lib/schemas/answers/incident-dto";
import { conflictRows } from "@/components/incidents/file/conflict-view";
import { problemInWords } from "@/components/incidents/field-labels";
import { intakeFormSchema } from "@/components/incidents/intake/intake-form-schema";
import { fieldsOf, INTAKE_STEPS, stepTitle } from "@/components/incidents/intake/intake-steps";
import { IntakeStepFields } from "@/components/incidents/intake/intake-step-fields";
import { valuesFromIncident, type IntakeFormValues } from "@/components/incidents/intake/intake-values";
import { formatTimeOfDay } from "@/components/incidents/local-time";
import { useAssumedAnswers } from "@/components/incidents/intake/use-assumed-answers";
import { ScriptedForm, SubmitButton } from "@/components/forms/scripted-form";

type EditResult =
  | { status: "idle" }
  | { status: "error"; message: string; fields: Record<string, string> }
  | { status: "done"; value: { version: number } }
  | {
      status: "conflict";
      message: string;
      conflict: {
        yourVersion: number;
        currentVersion: number;
        changedSince: string[];
        changes: Array<{ version: number; fields: string[]; changedById: string; changedAt: string }>;
        incident: IncidentDto;
      };
    };

type Conflict = Extract<EditResult, { status: "conflict" }>["conflict"];

/**
 * Edits the incident's description, times and facts at the version the person read. If someone saved in
 * between, the service refuses; the panel says what they changed, and the person's input stays in the form.
 */
export function IncidentEditForm(props: {
  incident: IncidentDto;
  zoneName: string;
  people: Record<string, string>;
  save: (incidentId: string, version: number, input: IncidentIntakeInput, changed: string[], confirmed: string[]) => Promise<EditResult>;
}) {
  const { incident } = props;
  const timeZone = incident.timeZone;
  const [version, setVersion] = useState(incident.version);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const strict = incident.state !== "draft";
  const { control, register, handleSubmit, setError, setFocus, formState, reset, getValues, setValue, subscribe } = useForm<
    IntakeFormValues,
    unknown,
    IncidentIntakeInput
  >({
    defaultValues: valuesFromIncident(incident),
    resolver: zodResolver<IntakeFormValues, unknown, IncidentIntakeInput>(intakeFormSchema(timeZone, strict)),
    shouldFocusError: true,
  });
  // An assumed answer this person edits (even back to what it was) counts as confirmed by them.
  useAssumedAnswers({ subscribe, getValues, setValue });
  const values = useWatch({ control }) as IntakeFormValues;
  // Read while rendering, so react-hook-form tracks which fields this person changed.
  const unsaved = Object.keys(formState.dirtyFields).length > 0;
  const tApp = useTranslations();
  const t = useTranslations("incidentFile");
  const locale = useLocale();
  const steps = INTAKE_STEPS.filter((step) => step.id !== "review");
  const errorOf = (field: string) => {
    const text = (get(formState.errors, field) as { message?: string } | undefined)?.message;
    return text ? problemInWords(tApp, text) : undefined;
  };

  function saveAt(atVersion: number) {
    return handleSubmit((input) =>
      startTransition(async () => {
        setMessage(null);
        // Only what this person changed is sent (facts go as a whole), so saving never undoes another's edit.
        const changed = Object.keys(formState.dirtyFields);
        const stillAssumed = getValues("assumedFacts");
        const confirmed = (formState.defaultValues?.assumedFacts ?? []).filter(
          (path): path is string => !!path && !stillAssumed.includes(path),
        );
        if (changed.length === 0 && confirmed.length === 0) {
          setMessage({ text: t("editForm.nothingChanged"), error: false });
          return;
        }
        const result = await props.save(incident.id, atVersion, input, changed, confirmed);
        if (result.status === "done") {
          reset(getValues());
          setVersion(result.value.version);
          setConflict(null);
          setMessage({
            text: t("editForm.saved", { time: formatTimeOfDay(new Date(), timeZone, locale), version: result.value.version }),
            error: false,
          });
        } else if (result.status === "conflict") {
          setConflict(result.conflict);
        } else if (result.status === "error") {
          const entries = Object.entries(result.fields);
          for (const [field, problem] of entries) setError(field as Path<IntakeFormValues>, { message: problem });
          setMessage({ text: result.message, error: true });
          const order = steps.flatMap((step) => fieldsOf(step, values.facts.breachTypes));
          const first = order.find((field) => result.fields[field]) ?? entries[0]?.[0];
          if (first) setFocus(first as Path<IntakeFormValues>);
        }
      }),
    );
  }

  return (
    <ScriptedForm className="edit-form" noValidate onSubmit={(event) => void saveAt(version)(event)} aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t("page.editFacts")}</h2>
      <p className="muted">
        {t("editForm.editing", { version, zone: props.zoneName })}
        {unsaved ? ` ${t("editForm.unsaved")}` : ""}
      </p>
      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          timeZone={timeZone}
          people={props.people}
          onKeepMine={() => {
            setVersion(conflict.currentVersion);
            setConflict(null);
            void saveAt(conflict.currentVersion)();
          }}
          onTakeTheirs={() => {
            reset(valuesFromIncident(conflict.incident));
            setVersion(conflict.currentVersion);
            setConflict(null);
            setMessage({ text: t("editForm.discarded", { version: conflict.currentVersion }), error: false });
          }}
        />
      ) : null}
      {message ? (
        <p className={message.error ? "field-error" : "saved-note"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      ) : null}
      {steps.map((step) => (
        <fieldset key={step.id} className="edit-section">
          <legend>{stepTitle(tApp, step.id)}</legend>
          <IntakeStepFields
            step={step}
            values={values}
            register={register}
            errorOf={errorOf}
            organizations={[]}
            organizationLocked
            timeZone={timeZone}
            zoneName={props.zoneName}
          />
        </fieldset>
      ))}
      <SubmitButton disabled={pending}>{pending ? t("editForm.saving") : t("editForm.save")}</SubmitButton>
    </ScriptedForm>
  );
}

function ConflictPanel(props: {
  conflict: Conflict;
  timeZone: string;
  people: Record<string, string>;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { conflict } = props;
  const tApp = useTranslations();
  const t = useTranslations("incidentFile.conflict");
  const locale = useLocale();
  const rows = conflictRows(tApp, conflict.incident as unknown as Parameters<typeof conflictRows>[1], conflict.changedSince, locale);
  const who = [
    ...new Set(
      conflict.changes.map((change) =>
        t("whoAt", {
          name: props.people[change.changedById] ?? t("someone"),
          time: formatTimeOfDay(new Date(change.changedAt), props.timeZone, locale),
        }),
      ),
    ),
  ];
  return (
    <section className="conflict-panel" role="alert" aria-labelledby="conflict-heading" data-testid="conflict-panel">
      <h3 id="conflict-heading">{t("heading")}</h3>
      <p>{t("body", { yours: conflict.yourVersion, current: conflict.currentVersion, who: who.join(", ") || t("someone") })}</p>
      <p>{t("whatChanged")}</p>
      <dl className="facts-list">
        {rows.map((row) => (
          <div key={row.field} className="facts-row">
            <dt>{row.label}</dt>
            <dd>{t("now", { value: row.now })}</dd>
          </div>
        ))}
      </dl>
      <p className="conflict-actions">
        <button type="button" onClick={props.onKeepMine}>
          {t("keepMine")}
        </button>{" "}
        <button type="button" className="secondary" onClick={props.onTakeTheirs}>
          {t("takeTheirs")}
        </button>
      </p>
    </section>
  );
}
