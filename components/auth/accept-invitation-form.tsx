"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import type { FormState } from "@/lib/schemas/form-state";
import { RecoveryCodes } from "./recovery-codes";
import { TwoFactorFields, type TwoFactorSetupView } from "./two-factor-fields";

type Action = (
  state: FormState<{ recoveryCodes: string[] | null }>,
  form: FormData,
) => Promise<FormState<{ recoveryCodes: string[] | null }>>;

export function AcceptInvitationForm(props: {
  action: Action;
  token: string;
  email: string;
  /** The name the administrator typed when inviting, for the person to keep or correct. */
  suggestedName: string | null;
  twoFactor: TwoFactorSetupView | null;
}) {
  const t = useTranslations("invite.accept");
  const auth = useTranslations("auth");
  const [state, formAction, pending] = useActionState(props.action, { status: "idle" });
  if (state.status === "done") {
    return (
      <>
        <p className="card" role="status">
          {t.rich("ready", { link: (chunks) => <Link href="/signin">{chunks}</Link> })}
        </p>
        {state.value.recoveryCodes ? <RecoveryCodes codes={state.value.recoveryCodes} /> : null}
      </>
    );
  }
  const errors = state.status === "error" ? state.fields : {};
  const values = (state.status === "error" && state.values) || {};
  return (
    <form action={formAction} className="card">
      {state.status === "error" ? (
        <p className="field-error" role="alert">
          {errors.token ? auth("linkUnusable", { problem: errors.token }) : state.message}
        </p>
      ) : null}
      <input type="hidden" name="token" value={props.token} />
      <TextField name="email" label={t("email")} value={props.email} readOnly autoComplete="username" />
      <TextField
        name="name"
        label={t("name")}
        autoComplete="name"
        defaultValue={values.name ?? props.suggestedName ?? undefined}
        required
        error={errors.name}
      />
      <TextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={state.status === "error" ? `${auth("password.invitationHint")} ${auth("password.notKept")}` : auth("password.invitationHint")}
        required
        error={errors.password}
      />
      {props.twoFactor ? <TwoFactorFields setup={props.twoFactor} error={errors.totpCode} /> : null}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("busy") : t("submit")}
        </button>
      </p>
    </form>
  );
}
