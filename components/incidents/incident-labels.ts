import type { IncidentState } from "@/lib/schemas/incident-work";
import { messageOr, type AppTranslator } from "@/components/incidents/field-labels";

/*
 * The incident's states, the buttons between them, its events and the list's search, in the reader's
 * language (catalogue `incident`: states, transitions, reopen, events, fileLinks, nextStep, list). The stored
 * ids stay technical; pages say `t("incident.nextStep.nearest")` or `t("incident.fileLinks.assessment")` directly.
 */

/** The incident's state in everyday words ("reported" → "Reported to the DPO"); an unknown id as it is. */
export function stateLabel(t: AppTranslator, state: string): string {
  return messageOr(t, `incident.states.${state}`, state);
}

/** Going back to the assessment once a decision exists is reopening it, not starting it. */
export function transitionLabel(t: AppTranslator, from: IncidentState, to: IncidentState): string {
  const reopen = to === "under_assessment" && (from === "decided" || from === "closed");
  return reopen ? t(`incident.reopen.${from}`) : t(`incident.transitions.${to}`);
}

/** A timeline event's kind in words ("investigation_started" → "Investigation started"). */
export function eventKindLabel(t: AppTranslator, kind: string): string {
  return messageOr(t, `incident.events.${kind}`, kind);
}
