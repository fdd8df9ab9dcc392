"use client";

import Link from "next/link";
import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import type { FormState } from "@/lib/schemas/form-state";
import { authLabels } from "./auth-labels";
import { RecoveryCodes } from "./recovery-codes";
import { TwoFactorFields, type TwoFactorSetupView } from "./two-factor-fields";

type Result = FormState<{ recoveryCodes: string[] | null }>;

export function FirstAdminForm(props: {
  action: (state: Result, form: FormData) => Promise<Result>;
  token: string;
  twoFactor: TwoFactorSetupView;
}) {
  const [state, formAction, pending] = useActionState(props.action, { status: "idle" });
  if (state.status === "done") {
    return (
      <>
        <p className="card" role="status">
          Breachdesk is set up. <Link href="/signin">Sign in</Link> with your e-mail, password and the code from your app.
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
          {errors.token ? `This link cannot be used: ${errors.token}` : state.message}
        </p>
      ) : null}
      <input type="hidden" name="token" value={props.token} />
      <fieldset>
        <legend>Your practice</legend>
        <TextField
          name="organizationName"
          label="Practice name"
          defaultValue={values.organizationName}
          required
          error={errors.organizationName}
        />
        <TextField
          name="country"
          label="Country (two letters)"
          defaultValue={values.country ?? "FR"}
          maxLength={2}
          required
          error={errors.country}
        />
        <TextField name="timeZone" label="Time zone" defaultValue={values.timeZone ?? "Europe/Paris"} required error={errors.timeZone} />
      </fieldset>
      <fieldset>
        <legend>You, the first administrator</legend>
        <TextField name="name" label="Your name" autoComplete="name" defaultValue={values.name} required error={errors.name} />
        <TextField
          name="email"
          label="E-mail"
          type="email"
          autoComplete="username"
          defaultValue={values.email}
          required
          error={errors.email}
        />
        <TextField
          name="password"
          label="Choose a password"
          type="password"
          autoComplete="new-password"
          hint={state.status === "error" ? `${authLabels.newPasswordHint} ${authLabels.passwordNotKept}` : authLabels.newPasswordHint}
          required
          error={errors.password}
        />
      </fieldset>
      <TwoFactorFields setup={props.twoFactor} error={errors.totpCode} />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Setting up…" : "Set up Breachdesk"}
        </button>
      </p>
    </form>
  );
}
