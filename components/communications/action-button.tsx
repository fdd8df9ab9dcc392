"use client";

import { useActionState } from "react";
import { idleState, type FormState } from "@/lib/schemas/form-state";
import { ScriptedForm, SubmitButton } from "@/components/forms/scripted-form";

type Action = (previous: FormState<string>, form: FormData) => Promise<FormState<string>>;

/** One button that runs a server action with a few hidden fields, and says why when it is refused. */
export function ActionButton({
  label,
  busyLabel,
  fields,
  action,
  confirm,
  accessibleName,
}: {
  label: string;
  busyLabel: string;
  fields: Record<string, string>;
  action: Action;
  confirm?: string;
  /** The full name a screen reader announces when the visible label is one of many alike ("Remove Marie Dubois from the list"). */
  accessibleName?: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <ScriptedForm
      action={formAction}
      className="inline-form"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton disabled={pending} aria-label={accessibleName}>
        {pending ? busyLabel : label}
      </SubmitButton>
      {state.status === "error" ? (
        <span role="alert" className="field-error">
          {" "}
          {Object.keys(state.fields).length > 0
            ? // A button marks no fields: the problems themselves are said, a whole sentence without its field's id.
              Object.entries(state.fields)
                .map(([field, problem]) => (/^[A-Z]/.test(problem) ? problem : `${field} ${problem}`))
                .join(" ")
            : state.message}
        </span>
      ) : null}
    </ScriptedForm>
  );
}
