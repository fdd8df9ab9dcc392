"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import type { FormState } from "@/lib/schemas/form-state";
import type { InvitationSent } from "./invitation-sent";
import { inviteLabels } from "./invite-labels";

type Result = FormState<InvitationSent>;

export function InviteForm({ organization, action }: { organization: string; action: (s: Result, f: FormData) => Promise<Result> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.status === "error" ? state.fields : {};
  const values = (state.status === "error" && state.values) || {};
  return (
    <form action={formAction} aria-labelledby="invite-heading">
      <h3 id="invite-heading">{inviteLabels.heading}</h3>
      {state.status === "done" ? <InvitationDone sent={state.value} /> : null}
      {state.status === "error" && !Object.keys(errors).length ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="organization" value={organization} />
      <TextField name="email" label={inviteLabels.email} type="email" required defaultValue={values.email} error={errors.email} />
      <TextField
        id="invite-name"
        name="name"
        label={inviteLabels.name}
        hint={inviteLabels.nameHint}
        autoComplete="off"
        defaultValue={values.name}
        error={errors.name}
      />
      <div className="field">
        <label htmlFor="invite-role">{inviteLabels.role}</label>
        <select id="invite-role" name="role" defaultValue={values.role ?? "manager"} aria-invalid={errors.role ? true : undefined}>
          <option value="manager">Practice manager: logs and edits incidents</option>
          <option value="dpo">DPO: assesses, decides, approves, files</option>
          <option value="lawyer">Lawyer: reads, comments, exports packets</option>
          <option value="admin">Administrator: people and settings</option>
        </select>
        {errors.role ? (
          <p className="field-error" role="alert">
            {inviteLabels.role}: {errors.role}
          </p>
        ) : null}
      </div>
      <p>
        <button type="submit" disabled={pending}>
          {pending ? inviteLabels.submitting : inviteLabels.submit}
        </button>
      </p>
    </form>
  );
}

/** After an invitation: that it was e-mailed, or, with no mail server, the link to pass on (shown this once). */
function InvitationDone({ sent }: { sent: InvitationSent }) {
  if (!sent.link) return <p role="status">{inviteLabels.emailed(sent.email)}</p>;
  return (
    <div role="status" className="subform">
      <p>{inviteLabels.noMailServer(sent.email)}</p>
      <p>{inviteLabels.passOn}</p>
      <p>
        <label htmlFor="invitation-link">{inviteLabels.linkLabel}</label>
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
        {inviteLabels.validUntil(sent.link.expiresAt.replace("T", " ").slice(0, 16))} {inviteLabels.shownOnce}
      </p>
    </div>
  );
}
