"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import type { FormState } from "@/lib/schemas/form-state";

type Result = FormState<{ token: string }>;

export function ApiTokenForm({ action }: { action: (s: Result, f: FormData) => Promise<Result> }) {
  const t = useTranslations("settings.tokens");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.status === "error" ? state.fields : {};
  return (
    <form action={formAction}>
      {state.status === "done" ? (
        <div role="status" className="card">
          <p>{t.rich("created", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <code data-testid="new-api-token">{state.value.token}</code>
        </div>
      ) : null}
      <TextField id="token-name" name="name" label={t("name")} placeholder={t("namePlaceholder")} error={errors.name} />
      <TextField name="expiresDays" label={t("days")} type="number" min={1} max={730} defaultValue="90" error={errors.expiresDays} />
      <p>
        <button type="submit" disabled={pending}>
          {t("create")}
        </button>
      </p>
    </form>
  );
}
