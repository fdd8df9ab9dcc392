"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/schemas/form-state";
import { fieldLabel, problemInWords } from "@/components/incidents/field-labels";
import { NEXT_STEP_WORDS } from "@/components/incidents/incident-labels";

type Action = (state: FormState<string>, form: FormData) => Promise<FormState<string>>;

/** Deletes a draft that was never reported, after the browser's own confirmation. */
export function DiscardDraftButton({ incidentId, action }: { incidentId: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form
      action={formAction}
      className="inline-form"
      onSubmit={(event) => {
        if (!window.confirm(NEXT_STEP_WORDS.discardDraftConfirm)) event.preventDefault();
      }}
    >
      <input type="hidden" name="incidentId" value={incidentId} />{" "}
      <button type="submit" className="secondary" disabled={pending}>
        {NEXT_STEP_WORDS.discardDraft}
      </button>
      {state.status === "error" ? (
        <span className="field-error" role="alert">
          {state.message}{" "}
          {Object.entries(state.fields)
            .map(([field, problem]) => `${fieldLabel(field)}: ${problemInWords(problem)}`)
            .join(" ")}
        </span>
      ) : null}
    </form>
  );
}
