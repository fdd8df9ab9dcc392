/**
 * A practice's clocks as its settings JSON keeps them (`targets`, `reminders`: lib/schemas/clock-settings.ts),
 * beside keys this code does not know, which are kept as they are. Changes are described in what the clocks
 * run on (the values in force, defaults included), so saving the defaults a form showed changes nothing.
 */
import type { InternalTargets } from "@/lib/domain/deadlines";
import type { InternalTargetSettings, ReminderSettings, ReminderSettingsInForce } from "@/lib/schemas/clock-settings";
import { internalTargetsFrom } from "@/lib/server/deadlines/internal-targets-policy";
import { reminderSettingsFrom } from "@/lib/server/reminders/reminder-policy";

export interface PracticeClocks {
  targets: InternalTargets;
  reminders: ReminderSettingsInForce;
}

export function clocksInForce(storedSettings: string): PracticeClocks {
  return { targets: internalTargetsFrom(storedSettings), reminders: reminderSettingsFrom(storedSettings) };
}

function settingsObject(storedSettings: string): Record<string, unknown> {
  try {
    const settings: unknown = JSON.parse(storedSettings);
    // Anything but an object cannot hold other keys worth keeping: the clocks start it afresh.
    return settings !== null && typeof settings === "object" && !Array.isArray(settings) ? (settings as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The settings JSON with the clocks given replaced, each left as stored when not given. */
export function withClocks(storedSettings: string, clocks: { targets?: InternalTargetSettings; reminders?: ReminderSettings }): string {
  const settings = settingsObject(storedSettings);
  if (clocks.targets) settings.targets = clocks.targets;
  if (clocks.reminders) settings.reminders = clocks.reminders;
  return JSON.stringify(settings);
}

export type ClockChanges = Record<string, { before: unknown; after: unknown }>;

/** What changed in the clocks in force, by field ("targets.notifyControllerHours"): the audit's words. */
export function clockChanges(beforeSettings: string, afterSettings: string): ClockChanges {
  const before = clocksInForce(beforeSettings);
  const after = clocksInForce(afterSettings);
  const changes: ClockChanges = {};
  for (const group of ["targets", "reminders"] as const) {
    for (const [key, value] of Object.entries(after[group])) {
      const previous = (before[group] as unknown as Record<string, unknown>)[key];
      if (JSON.stringify(previous) !== JSON.stringify(value)) changes[`${group}.${key}`] = { before: previous, after: value };
    }
  }
  return changes;
}

export function targetsChanged(changes: ClockChanges): boolean {
  return Object.keys(changes).some((field) => field.startsWith("targets."));
}
