import { computeDeadlines, formatForPeople, isRegimeId, standingAt, type Deadline, type ObligationId } from "@/lib/domain/deadlines";
import type { BreachFactsDraft } from "@/lib/schemas/incident";

/*
 * The incident's clocks as the file shows them: what is due, by when (in the incident's zone, named), and
 * where it stands now in words ("due in 5 h 12 min", "overdue by 2 d 3 h"), never by colour alone.
 */
export const OBLIGATION_LABELS: Record<ObligationId, string> = {
  "notify-authority": "Notify the supervisory authority",
  "notify-controller": "Tell the controller (you act as processor)",
  "communicate-subjects": "Tell the people affected (if the risk is high)",
  "follow-up-notification": "Send the follow-up notification",
  "complete-notification": "Complete the notification",
  "early-warning": "Early warning (NIS2)",
  "incident-notification": "Incident notification (NIS2)",
  "final-report": "Final report (NIS2)",
  "notify-individuals": "Notify the individuals (HIPAA)",
  "notify-hhs": "Notify HHS (HIPAA)",
  "notify-media": "Notify the media (HIPAA)",
  "notify-covered-entity": "Tell the covered entity, naming each person (you act as business associate, HIPAA)",
  "notify-subscribers": "Tell the subscribers and people affected (ePrivacy)",
};

export type ClockStatus = "overdue" | "due soon" | "open" | "stopped";

export interface ClockView {
  key: string;
  obligation: ObligationId;
  label: string;
  basis: string;
  due: string;
  /** The 1182/71 outer limit, where EU law sets the period. */
  legalLimit: string | null;
  status: ClockStatus;
  standing: string;
  internalTarget: boolean;
  provisional: boolean;
}

/** The clocks still running, nearest first: what the next step is chosen from. */
export function openClocks(clocks: readonly ClockView[]): ClockView[] {
  return clocks.filter((clock) => clock.status !== "stopped");
}

/** Once the authority is notified (or the file closed), the authority clocks have stopped running. */
const STOPPED_IN: Record<string, string> = { notified: "met: the authority was notified", closed: "stopped: the incident is closed" };

/**
 * `known` is what lib/server/deadlines/incident-clocks.ts read for the incident (every deadline with whether it
 * is met, from the same inputs as the API and the dashboard); without it only the facts on the incident count.
 */
export function clocksOf(
  incident: { awareAt: string; timeZone: string; regimes: string[]; facts: BreachFactsDraft; state: string },
  now: Date,
  known?: ReadonlyArray<{ deadline: Deadline; met: boolean }> | null,
): ClockView[] {
  const regimes = incident.regimes.filter(isRegimeId);
  const entries =
    known ??
    computeDeadlines({
      awareAt: new Date(incident.awareAt),
      timeZone: incident.timeZone,
      regimes,
      options: { role: incident.facts.role === "processor" ? "processor" : "controller", subjects: incident.facts.subjects?.count },
    }).map((deadline) => ({ deadline, met: undefined }));
  return [...entries]
    .sort((a, b) => a.deadline.due.getTime() - b.deadline.due.getTime())
    .map(({ deadline, met }) => {
      const stopped = incident.state === "closed" || met === undefined ? STOPPED_IN[incident.state] : met ? "met" : undefined;
      const standing = standingAt(deadline.due, now);
      return {
        key: `${deadline.regime}:${deadline.obligation}:${deadline.basis}`,
        obligation: deadline.obligation,
        label: OBLIGATION_LABELS[deadline.obligation],
        basis: deadline.basis,
        due: formatForPeople(deadline.due, incident.timeZone),
        legalLimit: deadline.dueUnder1182 ? formatForPeople(deadline.dueUnder1182, incident.timeZone) : null,
        status: stopped ? "stopped" : standing.status,
        standing: stopped ?? standing.inWords,
        internalTarget: deadline.internalTarget,
        provisional: deadline.provisional,
      };
    });
}
