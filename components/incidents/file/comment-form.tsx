"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/forms/textarea-field";
import type { FormState } from "@/lib/schemas/form-state";

type Action = (state: FormState<string>, form: FormData) => Promise<FormState<string>>;

/** A comment on the file (the lawyer's way to advise without changing the facts). */
export function CommentForm({ incidentId, action }: { incidentId: string; action: Action }) {
  const t = useTranslations("incidentFile.commentForm");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const error = state.status === "error" ? state : null;
  return (
    <form action={formAction} className="subform" noValidate key={state.status === "done" ? state.value : "form"}>
      {error && Object.keys(error.fields).length === 0 ? (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      ) : null}
      <input type="hidden" name="incidentId" value={incidentId} />
      <TextAreaField
        id="comment-body"
        name="body"
        label={t("label")}
        rows={3}
        defaultValue={error?.values?.body}
        error={error?.fields.body}
        required
      />
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
