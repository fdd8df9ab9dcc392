"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/schemas/form-state";
import { fieldLabel } from "@/components/incidents/field-labels";

type Action = (state: FormState<number>, form: FormData) => Promise<FormState<number>>;

/**
 * Confirms an assumed answer as it is (to correct it, the person edits the facts). The service checks the
 * version, so a confirmation never lands on an answer someone has just changed.
 */
export function ConfirmAnswerButton({
  incidentId,
  version,
  path,
  action,
}: {
  incidentId: string;
  version: number;
  path: string;
  action: Action;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="path" value={path} />
      <button
        type="submit"
        className="secondary small"
        disabled={pending}
        aria-label={t("intake.confirm.label", { field: fieldLabel(t, path) })}
      >
        {t("intake.confirm.button")}
      </button>
      {state.status === "error" ? (
        <span className="field-error" role="alert">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
