"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextField } from "@/components/forms/text-field";
import { safeNextPath } from "./next-path";
import { ScriptedForm, SubmitButton } from "@/components/forms/scripted-form";

type Translate = ReturnType<typeof useTranslations<"auth.signIn">>;

function messageFor(error: string, t: Translate): string {
  if (error.startsWith("throttled:")) {
    const seconds = Number(error.split(":")[1] ?? 0);
    return seconds >= 120 ? t("throttledMinutes", { minutes: Math.ceil(seconds / 60) }) : t("throttledSeconds", { seconds });
  }
  if (error === "code_required") return t("codeRequired");
  return t("wrong");
}

export function SignInForm(props: { next?: string }) {
  const t = useTranslations("auth.signIn");
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
    setError(messageFor(code, t));
  }

  return (
    <ScriptedForm onSubmit={submit} className="card" noValidate aria-describedby={error ? "signin-error" : undefined}>
      {error ? (
        <p id="signin-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <TextField name="email" label={t("email")} type="email" autoComplete="username" required />
      <TextField name="password" label={t("password")} type="password" autoComplete="current-password" required />
      {askCode ? (
        <TextField name="code" label={t("code")} hint={t("codeHint")} inputMode="numeric" autoComplete="one-time-code" autoFocus />
      ) : null}
      <p>
        <SubmitButton disabled={pending}>{pending ? t("busy") : t("submit")}</SubmitButton>
      </p>
    </ScriptedForm>
  );
}
