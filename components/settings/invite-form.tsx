"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import type { FormState } from "@/lib/server/actions/form-state";

type Result = FormState<{ email: string }>;

export function InviteForm({ organization, action }: { organization: string; action: (s: Result, f: FormData) => Promise<Result> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.status === "error" ? state.fields : {};
  return (
    <form action={formAction} aria-labelledby="invite-heading">
      <h3 id="invite-heading">Invite someone</h3>
      {state.status === "done" ? (
        <p role="status">An invitation link was e-mailed to {state.value.email} (it waits in the outbox if no mail server is set).</p>
      ) : null}
      {state.status === "error" && !Object.keys(errors).length ? <p className="field-error" role="alert">{state.message}</p> : null}
      <input type="hidden" name="organization" value={organization} />
      <TextField name="email" label="E-mail" type="email" required error={errors.email} />
      <div className="field">
        <label htmlFor="invite-role">Role</label>
        <select id="invite-role" name="role" defaultValue="manager" aria-invalid={errors.role ? true : undefined}>
          <option value="manager">Practice manager: logs and edits incidents</option>
          <option value="dpo">DPO: assesses, decides, approves, files</option>
          <option value="lawyer">Lawyer: reads, comments, exports packets</option>
          <option value="admin">Administrator: people and settings</option>
        </select>
        {errors.role ? <p className="field-error" role="alert">Role: {errors.role}</p> : null}
      </div>
      <p>
        <button type="submit" disabled={pending}>Send invitation</button>
      </p>
    </form>
  );
}
