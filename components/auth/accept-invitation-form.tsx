"use client";

import Link from "next/link";
import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import type { FormState } from "@/lib/schemas/form-state";
import { authLabels } from "./auth-labels";
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
  const [state, formAction, pending] = useActionState(props.action, { status: "idle" });
  if (state.status === "done") {
    return (
      <>
        <p className="card" role="status">
          Your account is ready. <Link href="/signin">Sign in</Link>
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
      <TextField name="email" label="E-mail" value={props.email} readOnly autoComplete="username" />
      <TextField
        name="name"
        label="Your name"
        autoComplete="name"
        defaultValue={values.name ?? props.suggestedName ?? undefined}
        required
        error={errors.name}
      />
      <TextField
        name="password"
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        hint={
          state.status === "error"
            ? `${authLabels.invitationPasswordHint} ${authLabels.passwordNotKept}`
            : authLabels.invitationPasswordHint
        }
        required
        error={errors.password}
      />
      {props.twoFactor ? <TwoFactorFields setup={props.twoFactor} error={errors.totpCode} /> : null}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Create my account"}
        </button>
      </p>
    </form>
  );
}
