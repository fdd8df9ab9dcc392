"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import type { FormState } from "@/lib/schemas/form-state";

type Action = (state: FormState<string>, form: FormData) => Promise<FormState<string>>;

/** Adds a task to the action plan: what, who, by when (in the incident's zone). */
export function TaskForm(props: {
  incidentId: string;
  timeZone: string;
  zoneName: string;
  members: Array<{ id: string; name: string }>;
  action: Action;
}) {
  const t = useTranslations("incidentFile.taskForm");
  const [state, formAction, pending] = useActionState(props.action, { status: "idle" });
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
      <input type="hidden" name="incidentId" value={props.incidentId} />
      <input type="hidden" name="timeZone" value={props.timeZone} />
      <TextField id="task-title" name="title" label={t("title")} defaultValue={kept.title} error={error?.fields.title} required />
      <SelectField
        id="task-owner"
        name="ownerId"
        label={t("owner")}
        options={[{ value: "", label: t("nobody") }, ...props.members.map((member) => ({ value: member.id, label: member.name }))]}
        defaultValue={kept.ownerId ?? ""}
        error={error?.fields.ownerId}
      />
      <TextField
        id="task-due"
        name="dueAt"
        type="datetime-local"
        label={t("due")}
        hint={t("dueHint", { zone: props.zoneName })}
        defaultValue={kept.dueAt}
        error={error?.fields.dueAt}
      />
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}

/** Marks one task done, or open again. */
export function TaskDoneButton(props: {
  taskId: string;
  done: boolean;
  title: string;
  action: (state: FormState<boolean>, form: FormData) => Promise<FormState<boolean>>;
}) {
  const t = useTranslations("incidentFile.taskForm");
  const [state, formAction, pending] = useActionState(props.action, { status: "idle" });
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="taskId" value={props.taskId} />
      <input type="hidden" name="done" value={props.done ? "false" : "true"} />
      <button
        type="submit"
        className="secondary small"
        disabled={pending}
        aria-label={props.done ? t("reopenLabel", { title: props.title }) : t("markDoneLabel", { title: props.title })}
      >
        {props.done ? t("reopen") : t("markDone")}
      </button>
      {state.status === "error" ? (
        <span className="field-error" role="alert">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
