"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextField } from "@/components/forms/text-field";
import { safeNextPath } from "./next-path";

function messageFor(error: string): string {
  if (error.startsWith("throttled:")) {
    const seconds = Number(error.split(":")[1] ?? 0);
    const wait = seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
    return `Too many attempts. For your protection, wait ${wait} before trying again.`;
  }
  if (error === "code_required") return "Enter the 6-digit code from your authenticator app (or a recovery code).";
  return "The e-mail address, password or code is not right.";
}

export function SignInForm(props: { next?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [askCode, setAskCode] = useState(false);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await signIn("credentials", {
      redirect: false,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      code: String(form.get("code") ?? ""),
    });
    setPending(false);
    if (result?.ok && !result.error) {
      router.push(safeNextPath(props.next));
      router.refresh();
      return;
    }
    const code = result?.error ?? "invalid";
    if (code === "code_required") setAskCode(true);
    setError(messageFor(code));
  }

  return (
    <form onSubmit={submit} className="card" noValidate aria-describedby={error ? "signin-error" : undefined}>
      {error ? (
        <p id="signin-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <TextField name="email" label="E-mail" type="email" autoComplete="username" required />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
      {askCode ? (
        <TextField
          name="code"
          label="Authentication code"
          hint="The 6-digit code your authenticator app shows, or one of your recovery codes."
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
        />
      ) : null}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </p>
    </form>
  );
}
