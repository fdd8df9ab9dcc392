"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { idleState, type FormState } from "@/lib/schemas/form-state";

type Action = (previous: FormState<string>, form: FormData) => Promise<FormState<string>>;

/** The DPO words the letter or e-mail herself before approving it. */
export function MessageTextForm(props: {
  incidentId: string;
  communicationId: string;
  subject: string;
  text: string;
  edited: boolean;
  /** The letter's language, which may not be the reader's: its subject and text say so (lang). */
  language: string;
  action: Action;
}) {
  const t = useTranslations("communications.messageText");
  const [state, formAction, pending] = useActionState(props.action, idleState);
  const errors = state.status === "error" ? state.fields : {};
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className="card" aria-labelledby="message-text-heading" noValidate>
      <h3 id="message-text-heading">{t("heading")}</h3>
      <p className="hint muted">{t("hint")}</p>
      {props.edited ? <p className="small">{t("edited")}</p> : null}
      <input type="hidden" name="incidentId" value={props.incidentId} />
      <input type="hidden" name="communicationId" value={props.communicationId} />
      <TextField
        id="message-subject"
        name="subject"
        label={t("subject")}
        lang={props.language}
        defaultValue={values.subject ?? props.subject}
        error={errors.subject}
      />
      <TextAreaField
        id="message-text"
        name="text"
        label={t("text")}
        lang={props.language}
        rows={18}
        defaultValue={values.text ?? props.text}
        error={errors.text}
      />
      <FormOutcome
        state={state}
        pending={pending}
        labels={{ submit: t("submit"), busy: t("busy") }}
        done={(value) => (value === "voided" ? t("voided") : t("saved"))}
      />
    </form>
  );
}
