"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/schemas/form-state";
import { RecoveryCodes } from "./recovery-codes";
import { TwoFactorFields, type TwoFactorSetupView } from "./two-factor-fields";

type Result = FormState<{ recoveryCodes: string[] | null }>;

export function EnableTwoFactorForm(props: { action: (state: Result, form: FormData) => Promise<Result>; setup: TwoFactorSetupView }) {
  const t = useTranslations("auth.twoFactor");
  const [state, formAction, pending] = useActionState(props.action, { status: "idle" });
  if (state.status === "done") {
    return (
      <>
        <p className="card" role="status">
          {t.rich("isOn", { link: (chunks) => <Link href="/">{chunks}</Link> })}
        </p>
        {state.value.recoveryCodes ? <RecoveryCodes codes={state.value.recoveryCodes} /> : null}
      </>
    );
  }
  return (
    <form action={formAction} className="card">
      {state.status === "error" ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <TwoFactorFields setup={props.setup} error={state.status === "error" ? state.fields.totpCode : undefined} />
      <p>
        <button type="submit" disabled={pending}>
          {t("turnOn")}
        </button>
      </p>
    </form>
  );
}
