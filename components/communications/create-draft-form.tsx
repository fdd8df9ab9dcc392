"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { COMMUNICATION_CHANNELS } from "@/lib/schemas/communication";
import { idleState, type FormState } from "@/lib/schemas/form-state";
import { useOpenDraftWhenDone } from "./open-draft-when-done";

type Action = (previous: FormState<string>, form: FormData) => Promise<FormState<string>>;

/**
 * Starts a new draft in a language and by a channel, then opens it. The letters' language is offered first as
 * the reader's own; each language is named in itself (lang), as the people who read it would look for it.
 */
export function CreateDraftForm({ incidentId, action }: { incidentId: string; action: Action }) {
  const t = useTranslations("communications.createDraft");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, idleState);
  useOpenDraftWhenDone(state, incidentId);
  const errors = state.status === "error" ? state.fields : {};
  return (
    <form action={formAction} className="card" aria-labelledby="new-communication-heading" noValidate>
      <h2 id="new-communication-heading">{t("heading")}</h2>
      <input type="hidden" name="incidentId" value={incidentId} />
      {state.status === "error" ? (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      ) : null}
      <label htmlFor="communication-language">{t("language")}</label>
      <select
        id="communication-language"
        name="language"
        defaultValue={locale}
        aria-invalid={errors.language ? true : undefined}
        aria-describedby={errors.language ? "communication-language-error" : undefined}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      {errors.language ? (
        <p className="field-error" id="communication-language-error" role="alert">
          {errors.language}
        </p>
      ) : null}
      <label htmlFor="communication-channel">{t("channel")}</label>
      <select
        id="communication-channel"
        name="channel"
        defaultValue="email"
        aria-invalid={errors.channel ? true : undefined}
        aria-describedby={errors.channel ? "communication-channel-error" : undefined}
      >
        {COMMUNICATION_CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {t(`channels.${channel}`)}
          </option>
        ))}
      </select>
      {errors.channel ? (
        <p className="field-error" id="communication-channel-error" role="alert">
          {errors.channel}
        </p>
      ) : null}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("busy") : t("submit")}
        </button>
      </p>
    </form>
  );
}
