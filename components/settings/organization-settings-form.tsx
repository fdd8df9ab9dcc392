"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { suggestedZone } from "@/lib/domain/organisation/countries";
import { regionsOf } from "@/lib/domain/organisation/regions";
import type { FormState } from "@/lib/schemas/form-state";
import { ClockSettingsFields, type ClockValues } from "./clock-settings-fields";
import { registrationKey } from "./practice-labels";

type Result = FormState<null>;
type Organization = {
  id: string;
  name: string;
  country: string;
  region: string | null;
  timeZone: string;
  address: string | null;
  registrationNumber: string | null;
  dpoName: string | null;
  dpoEmail: string | null;
  dpoPhone: string | null;
  regimes: string[];
  clocks: ClockValues;
};

const REGIMES = ["gdpr", "uk-gdpr", "nis2", "hipaa", "eprivacy"] as const;

export function OrganizationSettingsForm({
  organization,
  defaultClocks,
  timeZones,
  countryOptions,
  action,
}: {
  organization: Organization;
  defaultClocks: ClockValues;
  /** Every IANA zone the server knows, read there so the list is the same when the page becomes interactive. */
  timeZones: readonly string[];
  /** The supported countries named in the reader's language, named on the server for the same reason. */
  countryOptions: ReadonlyArray<{ value: string; label: string }>;
  action: (s: Result, f: FormData) => Promise<Result>;
}) {
  const t = useTranslations("settings.practice");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.status === "error" ? state.fields : {};
  const submitted = state.status === "error" ? (state.values ?? {}) : null;
  const form = useRef<HTMLFormElement>(null);
  const [country, setCountry] = useState(organization.country);
  const [timeZone, setTimeZone] = useState(organization.timeZone);
  // A country change moves the zone along only while it is still the old country's usual one.
  const chooseCountry = (next: string) => {
    if (timeZone === suggestedZone(country)) setTimeZone(suggestedZone(next) ?? timeZone);
    setCountry(next);
  };
  const zoneOptions = [...new Set([timeZone, ...timeZones])].map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }));
  const countries = countryOptions.some((option) => option.value === country)
    ? countryOptions
    : [{ value: country, label: country }, ...countryOptions];
  const registration = registrationKey(country);
  // Only where the authority depends on it (a German Land); the field is left out elsewhere, so nothing is sent.
  const regions = regionsOf(country);
  // After a refusal, the first field marked wrong takes the focus, so a keyboard user lands where to fix.
  useEffect(() => {
    if (state.status === "error") form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  return (
    <form ref={form} action={formAction} aria-labelledby="practice-heading" noValidate>
      <h3 id="practice-heading">{t("heading")}</h3>
      {state.status === "done" ? <p role="status">{t("saved")}</p> : null}
      {state.status === "error" ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="organizationId" value={organization.id} />
      <TextField name="name" label={t("name")} defaultValue={submitted?.name ?? organization.name} required error={errors.name} />
      <SelectField
        name="country"
        label={t("country")}
        hint={t("countryHint")}
        options={countries}
        value={country}
        onChange={(event) => chooseCountry(event.target.value)}
        error={errors.country}
      />
      {regions.length > 0 ? (
        <SelectField
          key={country}
          name="region"
          label={t("region")}
          hint={t("regionHint")}
          options={[{ value: "", label: t("regionNone") }, ...regions.map((region) => ({ value: region.code, label: region.name }))]}
          defaultValue={submitted?.region ?? (country === organization.country ? (organization.region ?? "") : "")}
          error={errors.region}
        />
      ) : null}
      <SelectField
        name="timeZone"
        label={t("timeZone")}
        hint={t("timeZoneHint")}
        options={zoneOptions}
        value={timeZone}
        onChange={(event) => setTimeZone(event.target.value)}
        error={errors.timeZone}
      />
      <TextAreaField
        name="address"
        label={t("address")}
        hint={t("addressHint")}
        rows={3}
        defaultValue={submitted?.address ?? organization.address ?? ""}
        error={errors.address}
      />
      <TextField
        name="registrationNumber"
        label={t(`registration.${registration}.label`)}
        hint={t(`registration.${registration}.hint`)}
        defaultValue={submitted?.registrationNumber ?? organization.registrationNumber ?? ""}
        error={errors.registrationNumber}
      />
      <TextField
        name="dpoName"
        label={t("dpoName")}
        defaultValue={submitted?.dpoName ?? organization.dpoName ?? ""}
        error={errors.dpoName}
      />
      <TextField
        name="dpoEmail"
        label={t("dpoEmail")}
        type="email"
        defaultValue={submitted?.dpoEmail ?? organization.dpoEmail ?? ""}
        error={errors.dpoEmail}
      />
      <TextField
        name="dpoPhone"
        label={t("dpoPhone")}
        defaultValue={submitted?.dpoPhone ?? organization.dpoPhone ?? ""}
        error={errors.dpoPhone}
      />
      <fieldset>
        <legend>{t("regimes")}</legend>
        {REGIMES.map((id) => (
          <label key={id} className="checkbox">
            <input type="checkbox" name="regimes" value={id} defaultChecked={organization.regimes.includes(id)} /> {t(`regime.${id}`)}
          </label>
        ))}
        {errors.regimes ? (
          <p className="field-error" role="alert">
            {t("regimesProblem", { problem: errors.regimes })}
          </p>
        ) : null}
      </fieldset>
      <ClockSettingsFields clocks={organization.clocks} defaults={defaultClocks} errors={errors} submitted={submitted} />
      <p>
        <button type="submit" disabled={pending}>
          {t("save")}
        </button>
      </p>
    </form>
  );
}
