"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { MANUAL_EVENT_KINDS } from "@/lib/schemas/incident-work";
import type { FormState } from "@/lib/schemas/form-state";
import { eventKindLabel } from "@/components/incidents/incident-labels";

type Action = (state: FormState<string>, form: FormData) => Promise<FormState<string>>;

/** Adds a dated event to the timeline; the time is read in the incident's zone, named on the form. */
export function EventForm({
  incidentId,
  timeZone,
  zoneName,
  action,
}: {
  incidentId: string;
  timeZone: string;
  zoneName: string;
  action: Action;
}) {
  const tApp = useTranslations();
  const t = useTranslations("incidentFile.eventForm");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const error = state.status === "error" ? state : null;
  const kept = error?.values ?? {};
  return (
    <form action={formAction} className="subform" noValidate key={state.status === "done" ? state.value : "form"}>
      <h3>{t("heading")}</h3>
      {error && Object.keys(error.fields).length === 0 ? (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      ) : null}
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <TextField
        id="event-happened-at"
        name="happenedAt"
        type="datetime-local"
        label={t("when")}
        hint={t("inZone", { zone: zoneName })}
        defaultValue={kept.happenedAt}
        error={error?.fields.happenedAt}
        required
      />
      <SelectField
        id="event-kind"
        name="kind"
        label={t("kind")}
        options={MANUAL_EVENT_KINDS.map((kind) => ({ value: kind, label: eventKindLabel(tApp, kind) }))}
        defaultValue={kept.kind ?? "note"}
        error={error?.fields.kind}
      />
      <TextAreaField
        id="event-summary"
        name="summary"
        label={t("summary")}
        rows={3}
        defaultValue={kept.summary}
        error={error?.fields.summary}
        required
      />
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
