/** Filing against a deadline: lateness, and the follow-ups of a phased notification (GDPR Art. 33(4)). */
import { HOUR_MS } from "./periods";
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
