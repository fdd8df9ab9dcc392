import type { IncidentState } from "@/lib/schemas/incident-work";
import type { Role } from "@/lib/server/actor";

/*
 * The life of an incident. Reporting is the manager's step; everything that is a decision under
 * Art. 33/34 (assessing, deciding, recording the notification, closing, reopening) is the DPO's.
 *
 *   draft -> reported -> under_assessment -> decided -> notified -> closed
 *                               ^               |                     |
 *                               +---------------+ (reassess)          |
 *                               |               +-> closed (not notifiable: documented only)
 *                               +-------------------------------------+ (reopen)
 */
export interface Transition {
  from: IncidentState;
  to: IncidentState;
  roles: readonly Role[];
  /** The timeline's words for it. */
  summary: string;
}

export const TRANSITIONS: readonly Transition[] = [
  { from: "draft", to: "reported", roles: ["manager", "dpo"], summary: "Reported to the DPO" },
  { from: "reported", to: "under_assessment", roles: ["dpo"], summary: "Assessment started" },
  { from: "under_assessment", to: "decided", roles: ["dpo"], summary: "Notification decided" },
  { from: "decided", to: "under_assessment", roles: ["dpo"], summary: "Reopened for assessment" },
  { from: "decided", to: "notified", roles: ["dpo"], summary: "Authority notified" },
  { from: "decided", to: "closed", roles: ["dpo"], summary: "Closed without notification (documented in the register)" },
  { from: "notified", to: "closed", roles: ["dpo"], summary: "Closed" },
  { from: "closed", to: "under_assessment", roles: ["dpo"], summary: "Reopened" },
];

export function findTransition(from: string, to: string): Transition | undefined {
  return TRANSITIONS.find((transition) => transition.from === from && transition.to === to);
}

export function nextStates(from: string): IncidentState[] {
  return TRANSITIONS.filter((transition) => transition.from === from).map((transition) => transition.to);
}
