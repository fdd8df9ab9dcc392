"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { idleState, type FormState } from "@/lib/schemas/form-state";

type Action = (previous: FormState<string>, form: FormData) => Promise<FormState<string>>;

/** Adds one person by hand, checked by the same rules as a line of the CSV file. */
export function AddRecipientForm({ incidentId, communicationId, action }: { incidentId: string; communicationId: string; action: Action }) {
  const t = useTranslations("communications.addRecipient");
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.status === "error" ? state.fields : {};
  // After a refusal the typed values come back; after a success the form starts empty for the next person.
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className="card" aria-labelledby="add-recipient-heading" noValidate>
      <h3 id="add-recipient-heading">{t("heading")}</h3>
      <p className="hint muted">{t("hint")}</p>
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="communicationId" value={communicationId} />
      <TextField
        id="add-recipient-name"
        name="recipient.name"
        label={t("name")}
        autoComplete="off"
        defaultValue={values["recipient.name"]}
        error={errors["recipient.name"]}
      />
      <TextField
        id="add-recipient-email"
        name="recipient.email"
        type="email"
        label={t("email")}
        autoComplete="off"
        defaultValue={values["recipient.email"]}
        error={errors["recipient.email"]}
      />
      <TextAreaField
        id="add-recipient-address"
        name="recipient.postalAddress"
        label={t("postalAddress")}
        rows={3}
        defaultValue={values["recipient.postalAddress"]}
        error={errors["recipient.postalAddress"]}
      />
      <FormOutcome
        state={state}
        pending={pending}
        labels={{ submit: t("submit"), busy: t("busy") }}
        done={(value) => (value === "reopened" ? t("reopened") : t("added"))}
      />
    </form>
  );
}
