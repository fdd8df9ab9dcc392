"use client";

import { useActionState, useEffect, useRef } from "react";
import { TextField } from "@/components/forms/text-field";
import type { FormState } from "@/lib/server/actions/form-state";
import { ClockSettingsFields, type ClockValues } from "./clock-settings-fields";

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
  clocks: ClockValues;
};

const regimeLabels: Record<string, string> = {
  gdpr: "GDPR (EU)",
  "uk-gdpr": "UK GDPR",
  nis2: "NIS2",
  hipaa: "HIPAA (US)",
  eprivacy: "ePrivacy (telecoms)",
};

export function OrganizationSettingsForm({
  organization,
  defaultClocks,
  action,
}: {
  organization: Organization;
  defaultClocks: ClockValues;
  action: (s: Result, f: FormData) => Promise<Result>;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.status === "error" ? state.fields : {};
  const submitted = state.status === "error" ? (state.values ?? {}) : null;
  const form = useRef<HTMLFormElement>(null);
  // After a refusal, the first field marked wrong takes the focus, so a keyboard user lands where to fix.
  useEffect(() => {
    if (state.status === "error") form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  return (
    <form ref={form} action={formAction} aria-labelledby="practice-heading" noValidate>
      <h3 id="practice-heading">Practice details</h3>
      {state.status === "done" ? <p role="status">Saved.</p> : null}
      {state.status === "error" ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="organizationId" value={organization.id} />
      <TextField name="name" label="Name" defaultValue={submitted?.name ?? organization.name} required error={errors.name} />
      <TextField name="country" label="Country (two letters)" defaultValue={submitted?.country ?? organization.country} maxLength={2} error={errors.country} />
      <TextField name="timeZone" label="Time zone" defaultValue={submitted?.timeZone ?? organization.timeZone} error={errors.timeZone} />
      <TextField name="dpoName" label="DPO or contact point" defaultValue={submitted?.dpoName ?? organization.dpoName ?? ""} error={errors.dpoName} />
      <TextField name="dpoEmail" label="DPO e-mail" type="email" defaultValue={submitted?.dpoEmail ?? organization.dpoEmail ?? ""} error={errors.dpoEmail} />
      <TextField name="dpoPhone" label="DPO phone" defaultValue={submitted?.dpoPhone ?? organization.dpoPhone ?? ""} error={errors.dpoPhone} />
      <fieldset>
        <legend>Regimes applied to new incidents</legend>
        {Object.entries(regimeLabels).map(([id, label]) => (
          <label key={id} className="checkbox">
            <input type="checkbox" name="regimes" value={id} defaultChecked={organization.regimes.includes(id)} /> {label}
          </label>
        ))}
        {errors.regimes ? <p className="field-error" role="alert">Regimes: {errors.regimes}</p> : null}
      </fieldset>
      <ClockSettingsFields
        clocks={organization.clocks}
        defaults={defaultClocks}
        errors={errors}
        submitted={submitted}
      />
      <p>
        <button type="submit" disabled={pending}>Save practice settings</button>
      </p>
    </form>
  );
}
