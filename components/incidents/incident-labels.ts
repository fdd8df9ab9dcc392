import type { IncidentState } from "@/lib/schemas/incident-work";

/** The incident's states in everyday words (the stored ids stay technical). */
export const STATE_LABELS: Record<IncidentState, string> = {
  draft: "Draft (not reported yet)",
  reported: "Reported to the DPO",
  under_assessment: "Being assessed",
  decided: "Decision made",
  notified: "Authority notified",
  closed: "Closed",
};

/** The button that moves an incident into a state. */
export const TRANSITION_LABELS: Record<IncidentState, string> = {
  draft: "Back to draft",
  reported: "Report to the DPO",
  under_assessment: "Start the assessment",
  decided: "Record the decision as made",
  notified: "Mark the authority as notified",
  closed: "Close the incident",
};

/** The links from the incident file to the pages where its obligations are met. */
export const FILE_LINK_LABELS = {
  assessment: "Risk assessment",
  notification: "Notification to the authority",
  communications: "Telling the people affected (Art. 34)",
} as const;

/** The next step, chosen from the nearest open obligation. */
export const NEXT_STEP_WORDS = {
  nearest: "Nearest open obligation:",
  due: "due",
  noneOpen: "No obligation is open for this incident.",
  closeReasonLabel: "Why close it while obligations are still open?",
  closeReasonHint: "These are still open:",
  discardDraft: "Discard this draft",
  decisionLink: "Record the decision on the risk assessment page",
  discardDraftConfirm: "The draft and everything in it will be deleted. This cannot be undone.",
} as const;

/** Going back to the assessment once a decision exists is reopening it, not starting it. */
export const REOPEN_LABELS: Partial<Record<IncidentState, string>> = {
  decided: "Reopen the assessment (the decision is reviewed)",
  closed: "Reopen the incident",
};

export function transitionLabel(from: IncidentState, to: IncidentState): string {
  return (to === "under_assessment" ? REOPEN_LABELS[from] : undefined) ?? TRANSITION_LABELS[to];
}

export const EVENT_KIND_LABELS: Record<string, string> = {
  occurred: "Breach began",
  discovered: "Discovered",
  aware: "Became aware",
  investigation_started: "Investigation started",
  investigation_ended: "Investigation ended",
  contained: "Contained",
  contact: "Contact (call, e-mail, letter)",
  evidence: "Evidence secured",
  note: "Note",
  state_changed: "State changed",
  assessed: "Risk assessed",
  filed: "Filed with the authority",
  communicated: "People told",
};

export function stateLabel(state: string): string {
  return STATE_LABELS[state as IncidentState] ?? state;
}

/** The incident list's search and its answers. */
export const LIST_LABELS = {
  search: "Reference, title or description contains",
  searchHint: "For example BD-2026-0001, or a word of the title or description.",
  searchCapped: (count: number) => `Only the newest ${count} incidents were searched; choose a practice or a state to search older ones.`,
} as const;
