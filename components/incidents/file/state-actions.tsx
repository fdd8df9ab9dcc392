"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { IncidentState } from "@/lib/schemas/incident-work";
import type { FormState } from "@/lib/schemas/form-state";
import { fieldLabel, problemInWords, type AppTranslator } from "@/components/incidents/field-labels";
import { obligationLabel } from "@/components/incidents/file/clock-words";
import { OBLIGATION_IDS, type ObligationId } from "@/lib/domain/deadlines";
import { stateLabel, transitionLabel } from "@/components/incidents/incident-labels";
import { INCIDENT_STATES } from "@/lib/schemas/incident-work";

type Action = (state: FormState<IncidentState>, form: FormData) => Promise<FormState<IncidentState>>;

/**
 * The moves the actor may make from the current state, one button each; the service has the last word.
 * Closing while `openObligations` (their labels) are still open asks why, as the service does.
 */
export function StateActions(props: {
  incidentId: string;
  version: number;
  state: IncidentState;
  allowed: IncidentState[];
  openObligations: string[];
  action: Action;
}) {
  const { incidentId, version, allowed, openObligations, action } = props;
  const tApp = useTranslations();
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  if (allowed.length === 0) return <p className="muted">{tApp("incidentFile.stateActions.nothingToChange")}</p>;
  return (
    <div className="state-actions">
      {state.status === "error" ? (
        <div className="field-error" role="alert">
          <p>{state.message}</p>
          {Object.keys(state.fields).length ? (
            <ul>
              {Object.entries(state.fields).map(([field, problem]) => (
                <li key={field}>
                  {fieldLabel(tApp, field)}: {stateProblemInWords(tApp, problem)}
                  {/* The decision is not on this page: the refusal leads to the form where it is recorded. */}
                  {field === "decision" ? (
                    <>
                      {" "}
                      <Link href={`/incidents/${incidentId}/assessment#decision-heading`}>{tApp("incident.nextStep.decisionLink")}</Link>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {allowed.map((to) => (
        <form key={to} action={formAction} className="inline-form">
          <input type="hidden" name="incidentId" value={incidentId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="to" value={to} />
          {to === "closed" && openObligations.length > 0 ? (
            <CloseReason openObligations={openObligations} problem={state.status === "error" ? state.fields.note : undefined} />
          ) : null}
          <button type="submit" disabled={pending}>
            {transitionLabel(tApp, props.state, to)}
          </button>
        </form>
      ))}
    </div>
  );
}

const STATE_IDS: readonly string[] = INCIDENT_STATES;
const OBLIGATIONS: readonly string[] = OBLIGATION_IDS;

/** The service names states and obligations by their ids (for the API); people read their labels. */
function stateProblemInWords(t: AppTranslator, problem: string): string {
  return problemInWords(t, problem).replace(/\b[a-z]+(?:[_-][a-z]+)*\b/g, (word) => {
    const label = STATE_IDS.includes(word)
      ? stateLabel(t, word)
      : OBLIGATIONS.includes(word)
        ? obligationLabel(t, word as ObligationId)
        : undefined;
    return label ? `"${label}"` : word;
  });
}

function CloseReason({ openObligations, problem }: { openObligations: string[]; problem?: string }) {
  const tApp = useTranslations();
  return (
    <div className="field">
      <p>
        {tApp("incident.nextStep.closeReasonHint")} {openObligations.join("; ")}
      </p>
      <label htmlFor="close-reason">{tApp("incident.nextStep.closeReasonLabel")}</label>
      <textarea
        id="close-reason"
        name="note"
        required
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? "close-reason-error" : undefined}
      />
      {problem ? (
        <p className="field-error" id="close-reason-error">
          {fieldLabel(tApp, "note")}: {stateProblemInWords(tApp, problem)}
        </p>
      ) : null}
    </div>
  );
}
