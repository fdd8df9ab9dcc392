"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/schemas/form-state";
import { fieldLabel, problemInWords } from "@/components/incidents/field-labels";
import { ScriptedForm, SubmitButton } from "@/components/forms/scripted-form";

type Action = (state: FormState<string>, form: FormData) => Promise<FormState<string>>;

/** Deletes a draft that was never reported, after the browser's own confirmation. */
export function DiscardDraftButton({ incidentId, action }: { incidentId: string; action: Action }) {
  const tApp = useTranslations();
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <ScriptedForm
      action={formAction}
      className="inline-form"
      onSubmit={(event) => {
        if (!window.confirm(tApp("incident.nextStep.discardDraftConfirm"))) event.preventDefault();
      }}
    >
      <input type="hidden" name="incidentId" value={incidentId} />{" "}
      <SubmitButton className="secondary" disabled={pending}>
        {tApp("incident.nextStep.discardDraft")}
      </SubmitButton>
      {state.status === "error" ? (
        <span className="field-error" role="alert">
          {state.message}{" "}
          {Object.entries(state.fields)
            .map(([field, problem]) => `${fieldLabel(tApp, field)}: ${problemInWords(tApp, problem)}`)
            .join(" ")}
        </span>
      ) : null}
    </ScriptedForm>
  );
}
