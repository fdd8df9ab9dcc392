"use client";

import { useActionState } from "react";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { idleState, type FormState } from "@/lib/schemas/form-state";
import { MESSAGE_TEXT_LABELS as labels } from "./communication-labels";

type Action = (previous: FormState<string>, form: FormData) => Promise<FormState<string>>;

/** The DPO words the letter or e-mail herself before approving it. */
export function MessageTextForm(props: {
  incidentId: string;
  communicationId: string;
  subject: string;
  text: string;
  edited: boolean;
  action: Action;
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  const errors = state.status === "error" ? state.fields : {};
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className="card" aria-labelledby="message-text-heading" noValidate>
      <h3 id="message-text-heading">{labels.heading}</h3>
      <p className="hint muted">{labels.hint}</p>
      {props.edited ? <p className="small">{labels.edited}</p> : null}
      <input type="hidden" name="incidentId" value={props.incidentId} />
      <input type="hidden" name="communicationId" value={props.communicationId} />
      <TextField
        id="message-subject"
        name="subject"
        label={labels.subject}
        defaultValue={values.subject ?? props.subject}
        error={errors.subject}
      />
      <TextAreaField
        id="message-text"
        name="text"
        label={labels.text}
        rows={18}
        defaultValue={values.text ?? props.text}
        error={errors.text}
      />
      <FormOutcome state={state} pending={pending} labels={labels} done={(value) => (value === "voided" ? labels.voided : labels.saved)} />
    </form>
  );
}
