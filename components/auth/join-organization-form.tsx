"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/schemas/form-state";

type Action = (state: FormState<{ organizationName: string }>, form: FormData) => Promise<FormState<{ organizationName: string }>>;

/** An existing account accepts an invitation: one button, pressed by the person signed in. */
export function JoinOrganizationForm(props: { action: Action; token: string; organizationName: string }) {
  const t = useTranslations("invite");
  const auth = useTranslations("auth");
  const [state, formAction, pending] = useActionState(props.action, { status: "idle" });
  if (state.status === "done") {
    return (
      <p className="card" role="status">
        {t.rich("joinForm.joined", { practice: state.value.organizationName, link: (chunks) => <Link href="/">{chunks}</Link> })}
      </p>
    );
  }
  return (
    <form action={formAction} className="card">
      {state.status === "error" ? (
        <p className="field-error" role="alert">
          {state.fields.token ? auth("linkUnusable", { problem: state.fields.token }) : state.message}
        </p>
      ) : null}
      <input type="hidden" name="token" value={props.token} />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("joinForm.busy") : t("join", { practice: props.organizationName })}
        </button>
      </p>
    </form>
  );
}
