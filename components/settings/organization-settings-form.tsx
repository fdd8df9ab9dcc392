"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import type { FormState } from "@/lib/server/actions/form-state";

type Result = FormState<null>;
type Organization = {
  id: string;
  name: string;
  country: string;
  timeZone: string;
  dpoName: string | null;
  dpoEmail: string | null;
  dpoPhone: string | null;
  regimes: string[];
};

const regimeLabels: Record<string, string> = {
  gdpr: "GDPR (EU)",
  "uk-gdpr": "UK GDPR",
  nis2: "NIS2",
  hipaa: "HIPAA (US)",
  eprivacy: "ePrivacy (telecoms)",
};

export function OrganizationSettingsForm({ organization, action }: { organization: Organization; action: (s: Result, f: FormData) => Promise<Result> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.status === "error" ? state.fields : {};
  return (
    <form action={formAction} aria-labelledby="practice-heading">
      <h3 id="practice-heading">Practice details</h3>
      {state.status === "done" ? <p role="status">Saved.</p> : null}
      <input type="hidden" name="organizationId" value={organization.id} />
      <TextField name="name" label="Name" defaultValue={organization.name} required error={errors.name} />
      <TextField name="country" label="Country (two letters)" defaultValue={organization.country} maxLength={2} error={errors.country} />
      <TextField name="timeZone" label="Time zone" defaultValue={organization.timeZone} error={errors.timeZone} />
      <TextField name="dpoName" label="DPO or contact point" defaultValue={organization.dpoName ?? ""} error={errors.dpoName} />
      <TextField name="dpoEmail" label="DPO e-mail" type="email" defaultValue={organization.dpoEmail ?? ""} error={errors.dpoEmail} />
      <TextField name="dpoPhone" label="DPO phone" defaultValue={organization.dpoPhone ?? ""} error={errors.dpoPhone} />
      <fieldset>
        <legend>Regimes applied to new incidents</legend>
        {Object.entries(regimeLabels).map(([id, label]) => (
          <label key={id} className="checkbox">
            <input type="checkbox" name="regimes" value={id} defaultChecked={organization.regimes.includes(id)} /> {label}
          </label>
        ))}
        {errors.regimes ? <p className="field-error" role="alert">Regimes: {errors.regimes}</p> : null}
      </fieldset>
      <p>
        <button type="submit" disabled={pending}>Save practice details</button>
      </p>
    </form>
  );
}
