"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { get, useForm, useWatch, type Path } from "react-hook-form";
import { fieldLabel } from "@/components/incidents/field-labels";
import type { NotificationDetails } from "@/lib/schemas/notification-details";
import { NotificationDetailsFields } from "./notification-details-fields";
import { detailsFormSchema, valuesFromDetails, type DetailsFormValues } from "./notification-details-values";
import { useProblemResolver } from "@/components/forms/problem-resolver";
import { ScriptedForm, SubmitButton } from "@/components/forms/scripted-form";

/** What the server action answers (the action maps the service's result onto it). */
export type DetailsSaveResult =
  | { status: "done"; version: number; details: NotificationDetails }
  | { status: "error"; message: string; fields: Record<string, string> }
  | {
      status: "conflict";
      message: string;
      yourVersion: number;
      currentVersion: number;
      changedSince: string[];
      details: NotificationDetails;
    };

type Conflict = Extract<DetailsSaveResult, { status: "conflict" }>;

/** The order of the inputs on the page, to focus the first one a server error names. */
const FIELD_ORDER = [
  "filedBy",
  "reporter",
  "otherPartiesInvolved",
  "otherParties",
  "discoveredBy",
  "incidentType",
  "causeOrigin",
  "systemsInvolved",
  "dataItems",
  "tollFreePhone",
  "contactWebsite",
  "protectionMeasures",
  "measuresInPlace",
  "likelyConsequences",
  "preventionMeasures",
  "measuresProposed",
  "communicationPlannedFor",
  "reportedToPolice",
  "otherAuthoritiesTold",
  "otherAuthoritiesNotified",
  "crossBorder",
];
const rank = (field: string) => {
  const index = FIELD_ORDER.indexOf(field.split(".")[0] ?? field);
  return index === -1 ? FIELD_ORDER.length : index;
};

/** The details form checked against its schema; useProblemResolver says the problems in the reader's language. */
const detailsResolver = zodResolver<DetailsFormValues, unknown, NotificationDetails>(detailsFormSchema);

/**
 * The facts the notification template asks for beyond the intake, answered at the incident version the person
 * read. Problems are shown on their inputs and announced; a save over someone else's change is refused and
 * the person chooses to keep their answers or take the saved ones, never losing what they typed.
 */
export function NotificationDetailsForm(props: {
  incidentId: string;
  version: number;
  details: NotificationDetails;
  /** Template question ids still missing and required, to mark the questions that answer them. */
  missingRequired: readonly string[];
  save: (incidentId: string, version: number, details: NotificationDetails) => Promise<DetailsSaveResult>;
}) {
  const tApp = useTranslations();
  const t = useTranslations("notification");
  const [version, setVersion] = useState(props.version);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const resolver = useProblemResolver(detailsResolver);
  const { control, register, handleSubmit, setError, setFocus, formState, reset } = useForm<
    DetailsFormValues,
    unknown,
    NotificationDetails
  >({
    defaultValues: valuesFromDetails(props.details),
    resolver,
    shouldFocusError: true,
  });
  const values = useWatch({ control }) as DetailsFormValues;
  const errorOf = (field: string) => (get(formState.errors, field) as { message?: string } | undefined)?.message;

  function saveAt(atVersion: number) {
    return handleSubmit(
      (details) =>
        startTransition(async () => {
          setMessage(null);
          const result = await props.save(props.incidentId, atVersion, details);
          if (result.status === "done") {
            reset(valuesFromDetails(result.details));
            setVersion(result.version);
            setConflict(null);
            setMessage({ text: t("details.saved", { version: result.version }), error: false });
          } else if (result.status === "conflict") {
            setConflict(result);
          } else {
            const entries = Object.entries(result.fields).sort(([a], [b]) => rank(a) - rank(b));
            for (const [field, problem] of entries) setError(field as Path<DetailsFormValues>, { message: problem });
            setMessage({ text: result.message, error: true });
            const first = entries[0]?.[0];
            if (first) setFocus(first as Path<DetailsFormValues>);
          }
        }),
      () => setMessage({ text: t("details.correctMarked"), error: true }),
    );
  }

  return (
    <ScriptedForm
      className="card"
      noValidate
      onSubmit={(event) => void saveAt(version)(event)}
      aria-labelledby="details-heading"
      data-testid="notification-details"
    >
      <h2 id="details-heading">{t("details.heading")}</h2>
      <p className="muted">{t("details.intro")}</p>
      {conflict ? (
        <section className="conflict-panel" role="alert" aria-labelledby="details-conflict-heading">
          <h3 id="details-conflict-heading">{t("details.conflictHeading")}</h3>
          <p>
            {conflict.changedSince.length
              ? t("details.conflictChanged", {
                  yours: conflict.yourVersion,
                  current: conflict.currentVersion,
                  changed: conflict.changedSince.map((field) => fieldLabel(tApp, field)).join(", "),
                })
              : t("details.conflict", { yours: conflict.yourVersion, current: conflict.currentVersion })}
          </p>
          <p className="conflict-actions">
            <button
              type="button"
              onClick={() => {
                setVersion(conflict.currentVersion);
                setConflict(null);
                void saveAt(conflict.currentVersion)();
              }}
            >
              {t("details.saveMine")}
            </button>{" "}
            <button
              type="button"
              className="secondary"
              onClick={() => {
                reset(valuesFromDetails(conflict.details));
                setVersion(conflict.currentVersion);
                setConflict(null);
                setMessage({ text: t("details.discarded", { version: conflict.currentVersion }), error: false });
              }}
            >
              {t("details.takeTheirs")}
            </button>
          </p>
        </section>
      ) : null}
      {message ? (
        <p className={message.error ? "field-error" : "saved-note"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      ) : null}
      <NotificationDetailsFields
        register={register}
        control={control}
        values={values}
        errorOf={errorOf}
        missingRequired={new Set(props.missingRequired)}
      />
      <SubmitButton disabled={pending}>{pending ? t("details.saving") : t("details.submit")}</SubmitButton>
    </ScriptedForm>
  );
}
