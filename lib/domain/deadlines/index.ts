/** The public face of the deadline domain. Pure: no clock, no I/O. */
export { computeDeadlines, deadlineFrom } from "./compute-deadlines";
export type { Deadline, DeadlineOptions, DeadlineRequest, FirstFiling, Role } from "./compute-deadlines";
export {
  DEFAULT_INTERNAL_TARGETS,
  HIPAA_HHS_IMMEDIATE_FROM,
  HIPAA_MEDIA_ABOVE,
  OBLIGATION_IDS,
  REGIME_IDS,
  isRegimeId,
  regimeCatalogue,
} from "./regimes";
export type { InternalTargets, Obligation, ObligationId, PeriodStart, RegimeId } from "./regimes";
export { DAY_MS, HOUR_MS, MINUTE_MS, days, describePeriod, hours, months } from "./periods";
export type { Period } from "./periods";
export { endOfDaysPeriod, endOfHoursPeriod, endOfMonthsPeriod, startOfNextLocalHour } from "./regulation-1182-71";
export {
  EU_MEMBER_STATES,
  holidayCalendar,
  holidayCalendarLabel,
  holidaysUsed,
  isEuMemberState,
  isPublicHoliday,
  memberStateOfZone,
  practiceHolidays,
  regionsOf,
} from "./public-holidays";
export type { HolidayCalendar, HolidaysUsed } from "./public-holidays";
export { filingDeadline, filingDeadlineLabel, filingRegime } from "./filing-deadline";
export type { FilingDeadlineInput } from "./filing-deadline";
export { delayReasonsRequired, followUpDue, judgeFiling, phasedNotificationState } from "./filing";
export type { FilingJudgement, FilingStanding, PhasedNotificationState } from "./filing";
export { parseTimeInZone } from "./parse-time";
export type { ParsedTime, TimeRefusal } from "./parse-time";
export { formatForPeople, formatLocalIso, formatOffset, zoneAbbreviation } from "./format-time";
export { isValidTimeZone, offsetAt, validTimeZone } from "./time-zones";
export { addCalendarDays, addCalendarMonths } from "./calendar";
export { DEFAULT_DUE_SOON_WITHIN_MS, durationInWords, standingAt, standingOfDeadlines } from "./deadline-status";
export type { DeadlineStatus, StandingOfDeadline } from "./deadline-status";
export { DEFAULT_REMINDER_POLICY, offsetLabel, reminderKey, reminderSchedule } from "./reminders";
export type { Reminder, ReminderPolicy } from "./reminders";
