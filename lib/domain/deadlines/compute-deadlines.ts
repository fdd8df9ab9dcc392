/**
 * From the moment of awareness to the list of deadlines an incident must meet.
 *
 * `due` is the deadline to meet: for periods in hours exactly that many hours of elapsed time after the
 * start (never wall-clock arithmetic); for days and months the same local clock time that many calendar days
 * or months later in the incident's zone (HIPAA says "calendar days"; for EU day and month periods this is
 * never later than the 1182/71 end). `dueUnder1182` is the legal outer limit where EU law sets the period.
 */
import { addCalendarDays, addCalendarMonths, localDateOf, startOfLocalDay } from "./calendar";
import { HOUR_MS, type Period } from "./periods";
import {
  DEFAULT_INTERNAL_TARGETS,
  HIPAA_HHS_IMMEDIATE_FROM,
  HIPAA_MEDIA_ABOVE,
  regimeCatalogue,
  type InternalTargets,
  type Obligation,
  type ObligationId,
  type RegimeId,
} from "./regimes";
import { holidayCalendarLabel, type HolidayCalendar } from "./public-holidays";
import { endOfDaysPeriod, endOfHoursPeriod, endOfMonthsPeriod } from "./regulation-1182-71";

export type Role = "controller" | "processor";

export interface FirstFiling {
  /** When the regime's first authority notification was filed (for NIS2: the incident notification). */
  filedAt: Date;
  /** False when it was an initial notification with more to follow (GDPR Art. 33(4), 611/2013 Art. 2(3)). */
  complete?: boolean;
}

export interface DeadlineOptions {
  /**
   * GDPR / UK GDPR: a processor tells its controller; a controller tells the authority. HIPAA: a processor is
   * a business associate and tells the covered entity. Default controller.
   */
  role?: Role;
  /**
   * GDPR / UK GDPR: a high-risk breach adds the communication to the people affected (Art. 34). ePrivacy: it
   * adds the notice to the subscribers or individuals (611/2013 Art. 3(1)) unless `adverseEffect` says else.
   */
  highRisk?: boolean;
  /** ePrivacy: the breach is likely to adversely affect subscribers' or individuals' data or privacy. */
  adverseEffect?: boolean;
  /**
   * The Member State (and region) where the notification is made: its public holidays extend EU periods in
   * days and months (1182/71 Art. 3(4)). Without it only weekends do.
   */
  holidays?: HolidayCalendar | null;
  /** HIPAA: how many people are affected. Unknown counts as 500 or more (the earlier HHS deadline). */
  subjects?: number;
  /**
   * HIPAA: the largest number of affected residents of one State. Unknown: media notice is listed when
   * `subjects` is unknown or above 500, since it may apply.
   */
  mostResidentsOfOneState?: number;
  /** Internal targets where the law says "without undue delay". */
  targets?: Partial<InternalTargets>;
  /** The first authority filing per regime: the start of follow-up, complete-notification and final-report. */
  firstFilings?: Partial<Record<RegimeId, FirstFiling>>;
}

export interface DeadlineRequest {
  awareAt: Date;
  /** IANA zone of the incident; calendar days, months and local hours are counted on its clock. */
  timeZone: string;
  regimes: readonly RegimeId[];
  options?: DeadlineOptions;
}

export interface Deadline {
  regime: RegimeId;
  obligation: ObligationId;
  basis: string;
  due: Date;
  dueUnder1182?: Date;
  /**
   * Whose public holidays `dueUnder1182` moved past ("FR", "DE-BY"); absent where none could matter (periods
   * in hours, periods outside EU law) or none were given.
   */
  holidaysOf?: string;
  period: Period;
  internalTarget: boolean;
  /**
   * True when the period runs from a filing that has not happened yet: the deadline is counted from the
   * latest on-time filing (the first filing's own due) and moves earlier once the real filing is recorded.
   */
  provisional: boolean;
}

function addPeriod(start: Date, period: Period, timeZone: string): Date {
  switch (period.unit) {
    case "hours":
      return new Date(start.getTime() + period.amount * HOUR_MS);
    case "days":
      return addCalendarDays(start, period.amount, timeZone);
    case "months":
      return addCalendarMonths(start, period.amount, timeZone);
  }
}

function endUnder1182(start: Date, period: Period, timeZone: string, holidays: HolidayCalendar | null): Date {
  switch (period.unit) {
    case "hours":
      return endOfHoursPeriod(start, period.amount, timeZone);
    case "days":
      return endOfDaysPeriod(start, period.amount, timeZone, holidays);
    case "months":
      return endOfMonthsPeriod(start, period.amount, timeZone, holidays);
  }
}

/** Computes one obligation's deadline from the instant its period starts. */
export function deadlineFrom(
  obligation: Obligation,
  start: Date,
  timeZone: string,
  provisional = false,
  holidays: HolidayCalendar | null = null,
): Deadline {
  const deadline: Deadline = {
    regime: obligation.regime,
    obligation: obligation.obligation,
    basis: obligation.basis,
    due: addPeriod(start, obligation.period, timeZone),
    period: obligation.period,
    internalTarget: obligation.internalTarget,
    provisional,
  };
  if (obligation.counted1182) {
    deadline.dueUnder1182 = endUnder1182(start, obligation.period, timeZone, holidays);
    if (holidays && obligation.period.unit !== "hours") deadline.holidaysOf = holidayCalendarLabel(holidays);
  }
  return deadline;
}

/** The first instant of the year after the one in which the instant falls, on the zone's clock. */
function endOfLocalYear(instant: Date, timeZone: string): Date {
  const { year } = localDateOf(instant, timeZone);
  return startOfLocalDay({ year: year + 1, month: 1, day: 1 }, timeZone);
}

function validTarget(hoursValue: number, name: string): number {
  if (!Number.isFinite(hoursValue) || hoursValue <= 0) throw new RangeError(`${name} must be a positive number of hours`);
  return hoursValue;
}

export function computeDeadlines(request: DeadlineRequest): Deadline[] {
  const { awareAt, timeZone, options = {} } = request;
  const targets: InternalTargets = { ...DEFAULT_INTERNAL_TARGETS, ...options.targets };
  for (const [name, value] of Object.entries(targets)) validTarget(value, name);
  const catalogue = regimeCatalogue(targets);
  const role = options.role ?? "controller";
  const holidays = options.holidays ?? null;
  const fromAwareness = (obligation: Obligation) => deadlineFrom(obligation, awareAt, timeZone, false, holidays);
  /** A period that runs from the first filing: the recorded one, or else the latest on-time one. */
  const fromFirstFiling = (obligation: Obligation, first: Deadline, filing: FirstFiling | undefined) =>
    filing
      ? deadlineFrom(obligation, filing.filedAt, timeZone, false, holidays)
      : deadlineFrom(obligation, first.due, timeZone, true, holidays);

  const deadlines: Deadline[] = [];
  for (const regime of new Set(request.regimes)) {
    const filing = options.firstFilings?.[regime];
    switch (regime) {
      case "gdpr":
      case "uk-gdpr": {
        const rules = catalogue[regime];
        if (role === "processor") {
          deadlines.push(fromAwareness(rules["notify-controller"]));
          break;
        }
        const authority = fromAwareness(rules["notify-authority"]);
        deadlines.push(authority);
        if (filing && filing.complete === false) {
          deadlines.push(fromFirstFiling(rules["follow-up-notification"], authority, filing));
        }
        if (options.highRisk) deadlines.push(fromAwareness(rules["communicate-subjects"]));
        break;
      }
      case "nis2": {
        const rules = catalogue.nis2;
        deadlines.push(fromAwareness(rules["early-warning"]));
        const notification = fromAwareness(rules["incident-notification"]);
        deadlines.push(notification);
        deadlines.push(fromFirstFiling(rules["final-report"], notification, filing));
        break;
      }
      case "eprivacy": {
        const rules = catalogue.eprivacy;
        const authority = fromAwareness(rules["notify-authority"]);
        deadlines.push(authority);
        if (filing?.complete !== true) {
          deadlines.push(fromFirstFiling(rules["complete-notification"], authority, filing));
        }
        if (options.adverseEffect ?? options.highRisk) deadlines.push(fromAwareness(rules["notify-subscribers"]));
        break;
      }
      case "hipaa": {
        const rules = catalogue.hipaa;
        const { subjects, mostResidentsOfOneState } = options;
        if (role === "processor") {
          deadlines.push(fromAwareness(rules["notify-covered-entity"]));
          break;
        }
        deadlines.push(fromAwareness(rules["notify-individuals"]));
        if (subjects === undefined || subjects >= HIPAA_HHS_IMMEDIATE_FROM) {
          deadlines.push(fromAwareness(rules["notify-hhs"]));
        } else {
          deadlines.push(deadlineFrom(rules["notify-hhs-annual"], endOfLocalYear(awareAt, timeZone), timeZone));
        }
        const media =
          mostResidentsOfOneState !== undefined
            ? mostResidentsOfOneState > HIPAA_MEDIA_ABOVE
            : subjects === undefined || subjects > HIPAA_MEDIA_ABOVE;
        if (media) deadlines.push(fromAwareness(rules["notify-media"]));
        break;
      }
    }
  }
  return deadlines;
}
