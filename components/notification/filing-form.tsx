"use client";

import { useActionState, useState } from "react";
import { FILING_CHANNELS } from "@/lib/schemas/filing";
import { idleState, type FormState } from "@/lib/schemas/form-state";

type Action = (previous: FormState<string>, form: FormData) => Promise<FormState<string>>;

const CHANNEL_WORDS: Record<string, string> = { online_form: "The authority's online form", email: "E-mail", post: "Post", phone: "Phone" };

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
      <h2 id="filing-heading">Record a filing</h2>
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <input type="hidden" name="authority" value={authority} />
      {state.status === "error" ? (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      ) : null}
      {state.status === "done" ? <p role="status">Filing recorded, with the content exactly as sent.</p> : null}
      <label htmlFor="filing-kind">Kind</label>
      <select id="filing-kind" name="kind" defaultValue={values.kind ?? (first ? "initial" : "follow_up")} {...field("kind")}>
        {first ? <option value="initial">Initial (more to follow, Art. 33(4))</option> : <option value="follow_up">Follow-up</option>}
        <option value="complete">Complete</option>
      </select>
      {error("kind")}
      <label htmlFor="filing-channel">How it was filed</label>
      <select id="filing-channel" name="channel" defaultValue={values.channel ?? "online_form"} {...field("channel")}>
        {FILING_CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {CHANNEL_WORDS[channel]}
          </option>
        ))}
      </select>
      {error("channel")}
      <label htmlFor="filing-filedAt">When it was filed</label>
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
      <label htmlFor="filing-reference">The authority&apos;s case number (if given)</label>
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
            Reasons for the delay{" "}
            {looksLate || errors.lateReason ? "(required: filed after the deadline)" : "(only if filed after the deadline)"}
          </label>
          <p className="muted hint">
            {deadlineText ? `The deadline is ${deadlineText} (GDPR Art. 33(1): 72 hours after awareness).` : null}
          </p>
          <textarea id="filing-lateReason" name="lateReason" defaultValue={values.lateReason ?? ""} {...field("lateReason")} />
          {error("lateReason")}
        </>
      ) : null}
      <label htmlFor="filing-receipt">The authority&apos;s receipt (optional)</label>
      <input id="filing-receipt" type="file" name="receipt" {...field("receipt")} />
      {error("receipt")}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Recording…" : "Record the filing"}
        </button>
      </p>
    </form>
  );
}
