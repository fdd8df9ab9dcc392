/**
 * The deadline one filing is judged against: the first notification of the regime the filing is made under,
 * never an earlier one of another regime (a GDPR notification is not late because ePrivacy's 24 h passed).
 *
 * A filing carries the authority it went to, not a regime. Breachdesk's forms are those of data protection
 * authorities, so a filing is an Art. 33 notification: under UK GDPR when it went to the ICO and the incident
 * is under UK GDPR, else under the GDPR when the incident is, else under UK GDPR. An incident under neither
 * has its filings judged against the first notification of its other regimes, the earliest one.
 *
 * For a processor the first duty is its own: telling the controller (Art. 33(2)) or, under HIPAA, the
 * covered entity (45 CFR 164.410); its deadline is labelled as such wherever it is shown.
 */
import { computeDeadlines, type Deadline, type DeadlineOptions, type Role } from "./compute-deadlines";
import { isRegimeId, type ObligationId, type RegimeId } from "./regimes";

const FIRST_NOTIFICATION: ReadonlySet<ObligationId> = new Set([
  "notify-authority",
  "notify-controller",
  "notify-covered-entity",
  "early-warning",
  "notify-hhs",
]);

export function filingRegime(regimes: readonly RegimeId[], authority?: string | null): RegimeId | null {
  const has = (regime: RegimeId) => regimes.includes(regime);
  if (authority?.toLowerCase() === "ico" && has("uk-gdpr")) return "uk-gdpr";
  if (has("gdpr")) return "gdpr";
  if (has("uk-gdpr")) return "uk-gdpr";
  return null;
}

export interface FilingDeadlineInput {
  awareAt: Date;
  timeZone: string;
  /** As stored: unknown ids are ignored. */
  regimes: readonly string[];
  role?: Role | string | undefined;
  /** The authority the filing went to (cnil, ico, ...), when there is one. */
  authority?: string | null;
  holidays?: DeadlineOptions["holidays"];
}

export function filingDeadline(input: FilingDeadlineInput): Deadline | null {
  const regimes = input.regimes.filter(isRegimeId);
  const role: Role = input.role === "processor" ? "processor" : "controller";
  const regime = filingRegime(regimes, input.authority);
  const deadlines = computeDeadlines({
    awareAt: input.awareAt,
    timeZone: input.timeZone,
    regimes: regime ? [regime] : regimes,
    options: { role, ...(input.holidays ? { holidays: input.holidays } : {}) },
  });
  const first = deadlines.filter((deadline) => FIRST_NOTIFICATION.has(deadline.obligation));
  return first.sort((a, b) => a.due.getTime() - b.due.getTime())[0] ?? null;
}

/** "Notify the authority by" or, for a processor's own duty, "Notify the controller by". */
export function filingDeadlineLabel(deadline: Pick<Deadline, "obligation">): string {
  switch (deadline.obligation) {
    case "notify-controller":
      return "Notify the controller by";
    case "notify-covered-entity":
      return "Notify the covered entity by";
    case "early-warning":
      return "Send the early warning by";
    case "notify-hhs":
      return "Notify HHS by";
    default:
      return "Notify the authority by";
  }
}
