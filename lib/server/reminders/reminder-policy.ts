/**
 * A practice's reminder points, from its settings JSON (`settings.reminders`), e.g.
 *   { "beforeHours": [48, 24, 6], "atDeadline": true, "overdueEveryHours": 24, "overdueAtMost": 7 }
 * validated by the schema the settings form saves them with (lib/schemas/clock-settings.ts).
 * Anything missing or unusable falls back to the default of lib/domain/deadlines (48 h, 24 h, 6 h before, at
 * the deadline, then daily while overdue), so a typo in the settings never silences the reminders.
 */
import { HOUR_MS, type ReminderPolicy } from "@/lib/domain/deadlines";
import { DEFAULT_REMINDER_SETTINGS, storedReminderSettingsSchema, type ReminderSettingsInForce } from "@/lib/schemas/clock-settings";

/** The reminder points in force, in hours: what the settings say, the default for what they leave out. */
export function reminderSettingsFrom(storedSettings: string): ReminderSettingsInForce {
  let settings: unknown;
  try {
    settings = JSON.parse(storedSettings);
  } catch {
    return DEFAULT_REMINDER_SETTINGS;
  }
  const reminders = (settings as { reminders?: unknown } | null)?.reminders;
  const parsed = storedReminderSettingsSchema.safeParse(reminders ?? {});
  if (!parsed.success) return DEFAULT_REMINDER_SETTINGS;
  const { beforeHours, atDeadline, overdueEveryHours, overdueAtMost } = parsed.data;
  return {
    beforeHours: beforeHours ?? DEFAULT_REMINDER_SETTINGS.beforeHours,
    atDeadline: atDeadline ?? DEFAULT_REMINDER_SETTINGS.atDeadline,
    overdueEveryHours: overdueEveryHours ?? DEFAULT_REMINDER_SETTINGS.overdueEveryHours,
    overdueAtMost: overdueAtMost ?? DEFAULT_REMINDER_SETTINGS.overdueAtMost,
  };
}

export function reminderPolicyFrom(storedSettings: string): ReminderPolicy {
  const { beforeHours, atDeadline, overdueEveryHours, overdueAtMost } = reminderSettingsFrom(storedSettings);
  return {
    before: beforeHours.map((hours) => hours * HOUR_MS),
    atDeadline,
    overdueEvery: overdueEveryHours * HOUR_MS,
    overdueAtMost,
  };
}
