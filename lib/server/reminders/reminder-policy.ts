/**
 * A practice's reminder points, from its settings JSON (`settings.reminders`), e.g.
 *   { "beforeHours": [48, 24, 6], "atDeadline": true, "overdueEveryHours": 24, "overdueAtMost": 7 }
 * Anything missing or unusable falls back to the default of lib/domain/deadlines (48 h, 24 h, 6 h before, at
 * the deadline, then daily while overdue), so a typo in the settings never silences the reminders.
 */
import { z } from "zod";
import { DEFAULT_REMINDER_POLICY, HOUR_MS, type ReminderPolicy } from "@/lib/domain/deadlines";

const hoursList = z.array(z.number().positive().max(24 * 366)).max(20);

export const reminderSettingsSchema = z.object({
  beforeHours: hoursList.optional(),
  atDeadline: z.boolean().optional(),
  overdueEveryHours: z.number().positive().max(24 * 366).optional(),
  overdueAtMost: z.number().int().min(0).max(366).optional(),
});

export function reminderPolicyFrom(storedSettings: string): ReminderPolicy {
  let settings: unknown;
  try {
    settings = JSON.parse(storedSettings);
  } catch {
    return DEFAULT_REMINDER_POLICY;
  }
  const reminders = (settings as { reminders?: unknown } | null)?.reminders;
  const parsed = reminderSettingsSchema.safeParse(reminders ?? {});
  if (!parsed.success) return DEFAULT_REMINDER_POLICY;
  const { beforeHours, atDeadline, overdueEveryHours, overdueAtMost } = parsed.data;
  return {
    before: beforeHours ? beforeHours.map((hours) => hours * HOUR_MS) : DEFAULT_REMINDER_POLICY.before,
    atDeadline: atDeadline ?? DEFAULT_REMINDER_POLICY.atDeadline,
    overdueEvery: overdueEveryHours !== undefined ? overdueEveryHours * HOUR_MS : DEFAULT_REMINDER_POLICY.overdueEvery,
    overdueAtMost: overdueAtMost ?? DEFAULT_REMINDER_POLICY.overdueAtMost,
  };
}
