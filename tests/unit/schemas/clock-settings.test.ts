import { describe, expect, it } from "vitest";
import { DEFAULT_INTERNAL_TARGETS, DEFAULT_REMINDER_POLICY } from "@/lib/domain/deadlines";
import { organizationSettingsSchema } from "@/lib/schemas/admin";
import {
  clockSettingsFromForm,
  DEFAULT_REMINDER_SETTINGS,
  internalTargetSettingsSchema,
  reminderSettingsSchema,
} from "@/lib/schemas/clock-settings";
import { firstFieldError, toFieldErrors } from "@/lib/schemas/field-errors";
import { internalTargetsFrom } from "@/lib/server/deadlines/internal-targets-policy";
import { reminderPolicyFrom, reminderSettingsFrom } from "@/lib/server/reminders/reminder-policy";

const details = { organizationId: "org-1", name: "Cabinet du Parc", country: "FR", timeZone: "Europe/Paris", regimes: ["gdpr" as const] };

function problems(input: Record<string, unknown>): string[] {
  const parsed = organizationSettingsSchema.safeParse({ ...details, ...input });
  return parsed.success ? [] : toFieldErrors(parsed.error).map((error) => `${error.field}: ${error.problem}`);
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, text] of Object.entries(fields)) data.set(name, text);
  return data;
}

describe("the practice's clocks in the settings input", () => {
  it("names the field and the limit of each bad value", () => {
    expect(problems({ reminders: { beforeHours: [48, 0] } })).toEqual([
      "reminders.beforeHours: must be between 1 and 8784 hours (366 days); 0 is not",
    ]);
    expect(problems({ reminders: { beforeHours: [8785] } })).toEqual([
      "reminders.beforeHours: must be between 1 and 8784 hours (366 days); 8785 is not",
    ]);
    expect(problems({ reminders: { beforeHours: [1.5] } })).toEqual(["reminders.beforeHours: must be a whole number of hours; 1.5 is not"]);
    expect(problems({ reminders: { beforeHours: Array.from({ length: 21 }, (_, i) => i + 1) } })).toEqual([
      "reminders.beforeHours: must have at most 20 reminder points",
    ]);
    expect(problems({ targets: { notifyControllerHours: 0, communicateSubjectsHours: 2161, followUpHours: 12.5 } })).toEqual([
      "targets.notifyControllerHours: must be between 1 and 2160 hours (90 days)",
      "targets.communicateSubjectsHours: must be between 1 and 2160 hours (90 days)",
      "targets.followUpHours: must be a whole number of hours",
    ]);
    expect(problems({ reminders: { atDeadline: "yes", overdueEveryHours: 0, overdueAtMost: 367 } })).toEqual([
      "reminders.atDeadline: must be true or false",
      "reminders.overdueEveryHours: must be between 1 and 8784 hours (366 days)",
      "reminders.overdueAtMost: must be between 0 and 366",
    ]);
    // A misspelt key is refused, not silently ignored.
    expect(problems({ targets: { notifyControlerHours: 12 } })).toEqual(['targets: Unrecognized key: "notifyControlerHours"']);
    const parsed = organizationSettingsSchema.safeParse({ ...details, reminders: { beforeHours: [0] } });
    expect(parsed.success ? "" : firstFieldError(toFieldErrors(parsed.error))).toMatch(
      /^reminders\.beforeHours: must be between 1 and 8784 hours/,
    );
  });

  it("accepts the edges, leaves the clocks out when not given, and keeps the points largest first without repeats", () => {
    expect(
      problems({
        targets: { notifyControllerHours: 1, communicateSubjectsHours: 2160 },
        reminders: { beforeHours: [1, 8784], overdueAtMost: 0 },
      }),
    ).toEqual([]);
    expect(organizationSettingsSchema.parse(details)).not.toHaveProperty("targets");
    expect(reminderSettingsSchema.parse({ beforeHours: [6, 48, 24, 48] })).toEqual({ beforeHours: [48, 24, 6] });
    expect(reminderSettingsSchema.parse({ beforeHours: [] })).toEqual({ beforeHours: [] });
  });

  it("reads the form: an empty number is the default, an empty list is none, text is refused", () => {
    expect(
      clockSettingsFromForm(
        form({
          "targets.notifyControllerHours": " 12 ",
          "targets.followUpHours": "",
          "reminders.beforeHours": "48, 24;6  2",
          "reminders.atDeadline": "on",
        }),
      ),
    ).toEqual({
      targets: { notifyControllerHours: 12, communicateSubjectsHours: undefined, followUpHours: undefined },
      reminders: { beforeHours: [48, 24, 6, 2], atDeadline: true, overdueEveryHours: undefined, overdueAtMost: undefined },
    });
    const empty = clockSettingsFromForm(form({ "reminders.beforeHours": " " }));
    expect(empty.reminders).toMatchObject({ beforeHours: [], atDeadline: false });
    expect(
      problems(clockSettingsFromForm(form({ "targets.notifyControllerHours": "twelve", "reminders.beforeHours": "48, soon" }))),
    ).toEqual([
      "targets.notifyControllerHours: must be a number of hours",
      "reminders.beforeHours: must be numbers of hours, e.g. 48, 24, 6",
    ]);
  });
});

describe("the readers the clocks run on", () => {
  it("use every value the settings input accepts, not the defaults", () => {
    const targets = internalTargetSettingsSchema.parse({ notifyControllerHours: 1, communicateSubjectsHours: 2160, followUpHours: 36 });
    expect(internalTargetsFrom(JSON.stringify({ targets }))).toEqual(targets);
    const reminders = reminderSettingsSchema.parse({
      beforeHours: [8784, 1],
      atDeadline: false,
      overdueEveryHours: 8784,
      overdueAtMost: 0,
    });
    expect(reminderSettingsFrom(JSON.stringify({ reminders }))).toEqual(reminders);
    expect(reminderPolicyFrom(JSON.stringify({ reminders: { beforeHours: [12] } }))).toEqual({
      ...DEFAULT_REMINDER_POLICY,
      before: [12 * 3_600_000],
    });
  });

  it("fall back to the defaults for anything unusable, as before", () => {
    expect(DEFAULT_REMINDER_SETTINGS).toEqual({ beforeHours: [48, 24, 6], atDeadline: true, overdueEveryHours: 24, overdueAtMost: 7 });
    for (const stored of [
      "not json",
      "null",
      "[]",
      JSON.stringify({ reminders: { beforeHours: [0] } }),
      JSON.stringify({ reminders: "daily" }),
    ]) {
      expect(reminderPolicyFrom(stored)).toEqual(DEFAULT_REMINDER_POLICY);
    }
    expect(internalTargetsFrom(JSON.stringify({ targets: { notifyControllerHours: 0 } }))).toEqual(DEFAULT_INTERNAL_TARGETS);
    // A key the reader does not know is ignored, not a reason to drop the practice's points.
    expect(reminderSettingsFrom(JSON.stringify({ reminders: { beforeHours: [12], quietHours: [22, 7] } })).beforeHours).toEqual([12]);
  });
});
