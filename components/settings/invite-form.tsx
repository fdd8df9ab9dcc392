"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { ROLES } from "@/lib/domain/accounts/roles";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/schemas/form-state";
import type { InvitationSent } from "./invitation-sent";

type Result = FormState<InvitationSent>;

export function InviteForm({ organization, action }: { organization: string; action: (s: Result, f: FormData) => Promise<Result> }) {
  const t = useTranslations("settings.invite");
  const roles = useTranslations("settings.roleDescriptions");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.status === "error" ? state.fields : {};
  const values = (state.status === "error" && state.values) || {};
  // Each language named in itself; none chosen, the new person reads their practice's, then their browser's.
  const languages = [
    { value: "", label: t("languageDefault") },
    ...LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] })),
  ];
  return (
    <form action={formAction} aria-labelledby="invite-heading">
      <h3 id="invite-heading">{t("heading")}</h3>
      {state.status === "done" ? <InvitationDone sent={state.value} /> : null}
      {state.status === "error" && !Object.keys(errors).length ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="organization" value={organization} />
      <TextField name="email" label={t("email")} type="email" required defaultValue={values.email} error={errors.email} />
      <TextField
        id="invite-name"
        name="name"
        label={t("name")}
        hint={t("nameHint")}
        autoComplete="off"
        defaultValue={values.name}
        error={errors.name}
      />
      <SelectField
        id="invite-role"
        name="role"
        label={t("role")}
        options={ROLES.map((role) => ({ value: role, label: roles(role) }))}
        defaultValue={values.role ?? "manager"}
        error={errors.role}
      />
      <SelectField
        id="invite-language"
        name="language"
        label={t("language")}
        options={languages}
        defaultValue={values.language ?? ""}
        error={errors.language}
      />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </p>
    </form>
  );
}

/** After an invitation: that it was e-mailed, or, with no mail server, the link to pass on (shown this once). */
function InvitationDone({ sent }: { sent: InvitationSent }) {
  const t = useTranslations("settings.invite");
  const locale = useLocale();
  const format = useFormatter();
  // On the UTC clock the message names; English keeps the product's "2026-03-31 14:05".
  const until = (iso: string) =>
    locale === "en"
      ? iso.replace("T", " ").slice(0, 16)
      : format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  if (!sent.link) return <p role="status">{t("emailed", { email: sent.email })}</p>;
  return (
    <div role="status" className="subform">
      <p>{t("noMailServer", { email: sent.email })}</p>
      <p>{t("passOn")}</p>
      <p>
        <label htmlFor="invitation-link">{t("linkLabel")}</label>
        <input
          id="invitation-link"
          type="text"
          readOnly
          value={sent.link.url}
          onFocus={(event) => event.currentTarget.select()}
          size={60}
        />
      </p>
      <p className="small">
        {t("validUntil", { when: until(sent.link.expiresAt) })} {t("shownOnce")}
      </p>
    </div>
  );
}
