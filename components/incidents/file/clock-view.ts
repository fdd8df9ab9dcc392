import { computeDeadlines, isRegimeId, standingAt, type Deadline, type ObligationId } from "@/lib/domain/deadlines";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { formatWhen } from "@/components/incidents/local-time";
import { obligationLabel, standingInWords } from "@/components/incidents/file/clock-words";
import type { BreachFactsDraft } from "@/lib/schemas/incident";

/*
 * The incident's clocks as the file shows them: what is due, by when (in the incident's zone, named), and
 * where it stands now in words ("due in 5 h 12 min", "overdue by 2 d 3 h"), never by colour alone.
 */
export { obligationLabel } from "@/components/incidents/file/clock-words";

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
const STOPPED_IN = { notified: "notified", closed: "closed" } as const;

/**
 * `known` is what lib/server/deadlines/incident-clocks.ts read for the incident (every deadline with whether it
 * is met, from the same inputs as the API and the dashboard); without it only the facts on the incident count.
 * Words and times are in `locale`, the reader's language.
 */
export function clocksOf(
  incident: { awareAt: string; timeZone: string; regimes: string[]; facts: BreachFactsDraft; state: string },
  now: Date,
  known?: ReadonlyArray<{ deadline: Deadline; met: boolean }> | null,
  locale: Locale = "en",
): ClockView[] {
  const t = translatorFor(locale);
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
      const stoppedIn = STOPPED_IN[incident.state as keyof typeof STOPPED_IN] as keyof typeof STOPPED_IN | undefined;
      const stopped = incident.state === "closed" || met === undefined ? stoppedIn : met ? "met" : undefined;
      const standing = standingAt(deadline.due, now);
      return {
        key: `${deadline.regime}:${deadline.obligation}:${deadline.basis}`,
        obligation: deadline.obligation,
        label: obligationLabel(t, deadline.obligation),
        basis: deadline.basis,
        due: formatWhen(deadline.due, incident.timeZone, locale),
        legalLimit: deadline.dueUnder1182 ? formatWhen(deadline.dueUnder1182, incident.timeZone, locale) : null,
        status: stopped ? "stopped" : standing.status,
        standing: stopped ? t(`incidentFile.stopped.${stopped}`) : standingInWords(t, standing.remainingMs),
        internalTarget: deadline.internalTarget,
        provisional: deadline.provisional,
      };
    });
}
