"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import type { FormState } from "@/lib/schemas/form-state";
import { RecoveryCodes } from "./recovery-codes";
import { TwoFactorFields, type TwoFactorSetupView } from "./two-factor-fields";

type Result = FormState<{ recoveryCodes: string[] | null }>;

export function FirstAdminForm(props: {
  action: (state: Result, form: FormData) => Promise<Result>;
  token: string;
  /** The language this page is read in, which the administrator keeps reading. */
  language: string;
  twoFactor: TwoFactorSetupView;
}) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState(props.action, { status: "idle" });
  if (state.status === "done") {
    return (
      <>
        <p className="card" role="status">
          {t.rich("setup.done", { link: (chunks) => <Link href="/signin">{chunks}</Link> })}
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
          {errors.token ? t("linkUnusable", { problem: errors.token }) : state.message}
        </p>
      ) : null}
      <input type="hidden" name="token" value={props.token} />
      <input type="hidden" name="language" value={props.language} />
      <fieldset>
        <legend>{t("setup.practice")}</legend>
        <TextField
          name="organizationName"
          label={t("setup.practiceName")}
          defaultValue={values.organizationName}
          required
          error={errors.organizationName}
        />
        <TextField
          name="country"
          label={t("setup.country")}
          defaultValue={values.country ?? "FR"}
          maxLength={2}
          required
          error={errors.country}
        />
        <TextField
          name="timeZone"
          label={t("setup.timeZone")}
          defaultValue={values.timeZone ?? "Europe/Paris"}
          required
          error={errors.timeZone}
        />
      </fieldset>
      <fieldset>
        <legend>{t("setup.you")}</legend>
        <TextField name="name" label={t("setup.name")} autoComplete="name" defaultValue={values.name} required error={errors.name} />
        <TextField
          name="email"
          label={t("setup.email")}
          type="email"
          autoComplete="username"
          defaultValue={values.email}
          required
          error={errors.email}
        />
        <TextField
          name="password"
          label={t("setup.password")}
          type="password"
          autoComplete="new-password"
          hint={state.status === "error" ? `${t("password.newHint")} ${t("password.notKept")}` : t("password.newHint")}
          required
          error={errors.password}
        />
      </fieldset>
      <TwoFactorFields setup={props.twoFactor} error={errors.totpCode} />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("setup.busy") : t("setup.submit")}
        </button>
      </p>
    </form>
  );
}
