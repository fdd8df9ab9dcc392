/** Filing against a deadline: lateness, and the follow-ups of a phased notification (GDPR Art. 33(4)). */
import { HOUR_MS, describePeriod, type Period } from "./periods";
import { DEFAULT_INTERNAL_TARGETS } from "./regimes";

/**
 * A notification filed after its deadline must say why it is late (GDPR Art. 33(1), second sentence).
 * Filing at the due instant itself is on time: "not later than 72 hours".
 */
export function delayReasonsRequired(due: Date, filedAt: Date): boolean {
  return filedAt.getTime() > due.getTime();
}

/**
 * The target for the next follow-up of a phased notification: a fixed number of hours after the previous
 * filing (the initial one, then each follow-up). The initial filing alone meets the Art. 33(1) deadline.
 */
export function followUpDue(previousFilingAt: Date, followUpHours = DEFAULT_INTERNAL_TARGETS.followUpHours): Date {
  if (!Number.isFinite(followUpHours) || followUpHours <= 0) throw new RangeError("followUpHours must be positive");
  return new Date(previousFilingAt.getTime() + followUpHours * HOUR_MS);
}

/**
 * How a filing stands against its deadline: on time (by the conservative deadline Breachdesk asks for), late
 * but within the legal outer limit Regulation 1182/71 gives (the hour of awareness not counted; holidays for
 * periods in days), or after the legal limit. Where no legal limit is known (UK, US, internal targets) late is
 * late: the conservative deadline is then the law's own.
 */
export type FilingStanding = "on_time" | "late_within_legal_limit" | "after_legal_limit";

export interface FilingJudgement {
  standing: FilingStanding;
  /** After the conservative deadline: the delay reasons are asked for (GDPR Art. 33(1)). */
  late: boolean;
  due: Date;
  legalLimit: Date;
  /** "on time", "after the 72 h but within the legal limit under Regulation 1182/71", "after the legal limit". */
  inWords: string;
}

export function judgeFiling(deadline: { due: Date; dueUnder1182?: Date | undefined; period: Period }, filedAt: Date): FilingJudgement {
  const legalLimit = deadline.dueUnder1182 ?? deadline.due;
  const late = delayReasonsRequired(deadline.due, filedAt);
  const standing: FilingStanding = !late
    ? "on_time"
    : filedAt.getTime() > legalLimit.getTime()
      ? "after_legal_limit"
      : "late_within_legal_limit";
  const period = describePeriod(deadline.period);
  const inWords =
    standing === "on_time"
      ? `on time (within the ${period})`
      : standing === "late_within_legal_limit"
        ? `after the ${period} but within the legal limit under Regulation 1182/71`
        : deadline.dueUnder1182
          ? `after the legal limit (the ${period} counted under Regulation 1182/71)`
          : `after the legal limit (${period})`;
  return { standing, late, due: deadline.due, legalLimit, inWords };
}

export interface PhasedNotificationState {
  /** The initial filing was on time (it meets the authority deadline even with information missing). */
  initialOnTime: boolean;
  delayReasonsRequired: boolean;
  /** When the next follow-up is due; undefined once the notification is complete. */
  nextFollowUpDue?: Date;
}

export function phasedNotificationState(input: {
  authorityDue: Date;
  initialFiledAt: Date;
  followUpsFiledAt?: readonly Date[];
  complete: boolean;
  followUpHours?: number;
}): PhasedNotificationState {
  const late = delayReasonsRequired(input.authorityDue, input.initialFiledAt);
  const filings = [input.initialFiledAt, ...(input.followUpsFiledAt ?? [])];
  const latest = filings.reduce((a, b) => (b.getTime() > a.getTime() ? b : a));
  return {
    initialOnTime: !late,
    delayReasonsRequired: late,
    ...(input.complete ? {} : { nextFollowUpDue: followUpDue(latest, input.followUpHours) }),
  };
}
