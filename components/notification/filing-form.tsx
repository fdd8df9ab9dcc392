"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FILING_CHANNELS } from "@/lib/schemas/filing";
import { idleState, type FormState } from "@/lib/schemas/form-state";
import { filingChannelLabel } from "./filing-labels";

type Action = (previous: FormState<string>, form: FormData) => Promise<FormState<string>>;

/**
 * Records that the notification was filed: when (in the incident's zone), how, the authority's case number
 * and receipt. A first filing after the deadline needs the reasons for the delay, asked for here up front.
 */
export function FilingForm({
  incidentId,
  timeZone,
  zoneNote,
  authority,
  first,
  deadlineText,
  deadlineIso,
  action,
}: {
  incidentId: string;
  timeZone: string;
  zoneNote: string;
  authority: string;
  first: boolean;
  deadlineText: string | null;
  deadlineIso: string | null;
  action: Action;
}) {
  const t = useTranslations("notification");
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.status === "error" ? state.fields : {};
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const [filedAt, setFiledAt] = useState(values.filedAt ?? "");
  // A rough client-side hint only (the local input read as the browser's time); the server decides.
  const looksLate =
    first && deadlineIso !== null && filedAt !== "" && new Date(filedAt).getTime() > new Date(deadlineIso).getTime() - 14 * 3_600_000;
  const field = (name: string) => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `filing-${name}-error` : undefined,
  });
  const error = (name: string) =>
    errors[name] ? (
      <p className="field-error" id={`filing-${name}-error`} role="alert">
        {errors[name]}
      </p>
    ) : null;
  return (
    <form action={formAction} className="card" aria-labelledby="filing-heading" encType="multipart/form-data" noValidate>
      <h2 id="filing-heading">{t("filing.heading")}</h2>
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <input type="hidden" name="authority" value={authority} />
      {state.status === "error" ? (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      ) : null}
      {state.status === "done" ? <p role="status">{t("filing.recorded")}</p> : null}
      <label htmlFor="filing-kind">{t("filing.kind")}</label>
      <select id="filing-kind" name="kind" defaultValue={values.kind ?? (first ? "initial" : "follow_up")} {...field("kind")}>
        {first ? <option value="initial">{t("filing.kindInitial")}</option> : <option value="follow_up">{t("filing.kindFollowUp")}</option>}
        <option value="complete">{t("filing.kindComplete")}</option>
      </select>
      {error("kind")}
      <label htmlFor="filing-channel">{t("filing.channel")}</label>
      <select id="filing-channel" name="channel" defaultValue={values.channel ?? "online_form"} {...field("channel")}>
        {FILING_CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {filingChannelLabel(t, channel)}
          </option>
        ))}
      </select>
      {error("channel")}
      <label htmlFor="filing-filedAt">{t("filing.filedAt")}</label>
      <p className="muted hint">{zoneNote}</p>
      <input
        id="filing-filedAt"
        type="datetime-local"
        name="filedAt"
        value={filedAt}
        onChange={(event) => setFiledAt(event.target.value)}
        {...field("filedAt")}
      />
      {error("filedAt")}
      <label htmlFor="filing-reference">{t("filing.reference")}</label>
      <input
        id="filing-reference"
        name="authorityReference"
        defaultValue={values.authorityReference ?? ""}
        {...field("authorityReference")}
      />
      {error("authorityReference")}
      {first ? (
        <>
          <label htmlFor="filing-lateReason">
            {looksLate || errors.lateReason ? t("filing.lateReasonRequired") : t("filing.lateReasonOptional")}
          </label>
          <p className="muted hint">{deadlineText ? t("filing.deadlineHint", { deadline: deadlineText }) : null}</p>
          <textarea id="filing-lateReason" name="lateReason" defaultValue={values.lateReason ?? ""} {...field("lateReason")} />
          {error("lateReason")}
        </>
      ) : null}
      <label htmlFor="filing-receipt">{t("filing.receipt")}</label>
      <input id="filing-receipt" type="file" name="receipt" {...field("receipt")} />
      {error("receipt")}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("filing.submitting") : t("filing.submit")}
        </button>
      </p>
    </form>
  );
}
