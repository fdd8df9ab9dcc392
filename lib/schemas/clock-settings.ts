/**
 * A practice's clocks, kept in Organization.settings: the internal targets it gives itself where the law says
 * "without undue delay" (`settings.targets`) and the points at which it is reminded of a deadline
 * (`settings.reminders`). One definition for the settings form, its server action, any API or CLI use, and
 * the readers the deadlines and reminders run on (internal-targets-policy.ts, reminder-policy.ts), so a value
 * the form accepts is never one the readers would throw away for the defaults.
 *
 * Every key is optional: a key left out means "the default", kept in lib/domain/deadlines.
 */
import { z } from "zod";
import { DEFAULT_INTERNAL_TARGETS, DEFAULT_REMINDER_POLICY, HOUR_MS, type InternalTargets } from "@/lib/domain/deadlines";

/** Internal targets up to 90 days: longer would no longer be "without undue delay" in anyone's reading. */
export const MAX_TARGET_HOURS = 24 * 90;
/** Reminder points up to a (leap) year away. */
export const MAX_REMINDER_HOURS = 24 * 366;
export const MAX_REMINDER_POINTS = 20;
export const MAX_OVERDUE_REMINDERS = 366;

function wholeHours(max: number, inDays: string) {
  const range = `must be between 1 and ${max} hours (${inDays})`;
  return z
    .number({ error: "must be a number of hours" })
    .int({ error: "must be a whole number of hours" })
    .min(1, { error: range })
    .max(max, { error: range });
}

const targetHours = wholeHours(MAX_TARGET_HOURS, "90 days");
const reminderHours = wholeHours(MAX_REMINDER_HOURS, "366 days");

export const internalTargetSettingsSchema = z.strictObject({
  /** A processor telling its controller (Art. 33(2)). */
  notifyControllerHours: targetHours.optional(),
  /** Telling the people affected by a high-risk breach (Art. 34(1)), counted from awareness. */
  communicateSubjectsHours: targetHours.optional(),
  /** A follow-up to a phased notification (Art. 33(4)), counted from the previous filing. */
  followUpHours: targetHours.optional(),
});
export type InternalTargetSettings = z.output<typeof internalTargetSettingsSchema>;

/**
 * The points are checked as one list, so a bad one is reported against the field a person typed the list
 * into ("reminders.beforeHours"), with the offending value named. Stored largest first, without repeats:
 * the order in which the reminders come.
 */
const LIST_EXAMPLE = "e.g. 48, 24, 6";
const beforeHoursSchema = z
  // NaN (text that is not a number, from the form) passes the element check so the list check names it.
  .array(z.union([z.number(), z.nan()], { error: `must be numbers of hours, ${LIST_EXAMPLE}` }), {
    error: `must be a list of hours, ${LIST_EXAMPLE}`,
  })
  .max(MAX_REMINDER_POINTS, { error: `must have at most ${MAX_REMINDER_POINTS} reminder points` })
  .superRefine((list, ctx) => {
    const bad = list.find((value) => !reminderHours.safeParse(value).success);
    if (bad === undefined) return;
    const message = Number.isNaN(bad)
      ? `must be numbers of hours, ${LIST_EXAMPLE}`
      : `${reminderHours.safeParse(bad).error?.issues[0]?.message ?? "is not a number of hours"}; ${bad} is not`;
    ctx.addIssue({ code: "custom", message, input: list });
  })
  .transform((list) => [...new Set(list)].sort((a, b) => b - a));

export const reminderSettingsShape = {
  /** Hours before the deadline, e.g. [48, 24, 6]. An empty list: no reminder before the deadline. */
  beforeHours: beforeHoursSchema.optional(),
  /** A reminder at the deadline itself. */
  atDeadline: z.boolean({ error: "must be true or false" }).optional(),
  /** While overdue, a reminder every this many hours ... */
  overdueEveryHours: reminderHours.optional(),
  /** ... this many times at most; 0 turns overdue reminders off. */
  overdueAtMost: z
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(0, { error: `must be between 0 and ${MAX_OVERDUE_REMINDERS}` })
    .max(MAX_OVERDUE_REMINDERS, { error: `must be between 0 and ${MAX_OVERDUE_REMINDERS}` })
    .optional(),
};
export const reminderSettingsSchema = z.strictObject(reminderSettingsShape);
export type ReminderSettings = z.output<typeof reminderSettingsSchema>;
/** The reminder settings as stored: reading tolerates keys it does not know (the form never saves any), as it always has. */
export const storedReminderSettingsSchema = z.object(reminderSettingsShape);

/** The reminder points in force, in hours: what the settings say, the default where they say nothing. */
export interface ReminderSettingsInForce {
  beforeHours: number[];
  atDeadline: boolean;
  overdueEveryHours: number;
  overdueAtMost: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettingsInForce = {
  beforeHours: DEFAULT_REMINDER_POLICY.before.map((ms) => ms / HOUR_MS),
  atDeadline: DEFAULT_REMINDER_POLICY.atDeadline,
  overdueEveryHours: DEFAULT_REMINDER_POLICY.overdueEvery / HOUR_MS,
  overdueAtMost: DEFAULT_REMINDER_POLICY.overdueAtMost,
};

export const DEFAULT_CLOCK_SETTINGS: { targets: InternalTargets; reminders: ReminderSettingsInForce } = {
  targets: DEFAULT_INTERNAL_TARGETS,
  reminders: DEFAULT_REMINDER_SETTINGS,
};

/**
 * The settings form's fields as the schema's input. The form names its inputs by the schema's paths
 * ("targets.notifyControllerHours"), so the errors land on them. A number left empty means the default; an
 * empty list of reminder points means none; text that is not a number stays one (NaN) for the schema to refuse.
 */
export function clockSettingsFromForm(form: FormData): {
  targets: { notifyControllerHours?: number; communicateSubjectsHours?: number; followUpHours?: number };
  reminders: { beforeHours: number[]; atDeadline: boolean; overdueEveryHours?: number; overdueAtMost?: number };
} {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  const number = (name: string) => (text(name) === "" ? undefined : Number(text(name)));
  const list = text("reminders.beforeHours");
  return {
    targets: {
      notifyControllerHours: number("targets.notifyControllerHours"),
      communicateSubjectsHours: number("targets.communicateSubjectsHours"),
      followUpHours: number("targets.followUpHours"),
    },
    reminders: {
      beforeHours:
        list === ""
          ? []
          : list
              .split(/[\s,;]+/)
              .filter(Boolean)
              .map(Number),
      atDeadline: form.get("reminders.atDeadline") !== null,
      overdueEveryHours: number("reminders.overdueEveryHours"),
      overdueAtMost: number("reminders.overdueAtMost"),
    },
  };
}
