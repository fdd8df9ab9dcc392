import { describe, expect, it } from "vitest";
import {
  delayReasonsRequired,
  durationInWords,
  followUpDue,
  phasedNotificationState,
  reminderSchedule,
  standingAt,
  standingOfDeadlines,
} from "@/lib/domain/deadlines";
import { HOUR, at } from "./zone-helpers";

const due = at("2026-03-30T22:30:00Z");
const before = (ms: number) => new Date(due.getTime() - ms);

describe("standing of a deadline", () => {
  it("due soon within 24 h, in words", () => {
    expect(standingAt(due, before(5 * HOUR + 12 * 60_000))).toEqual({
      status: "due soon",
      remainingMs: 5 * HOUR + 12 * 60_000,
      inWords: "due in 5 h 12 min",
    });
  });

  it("open further out, overdue after", () => {
    expect(standingAt(due, before(24 * HOUR + 1)).status).toBe("open");
    expect(standingAt(due, before(24 * HOUR)).status).toBe("due soon");
    const late = standingAt(due, before(-(2 * 24 * HOUR + 3 * HOUR + 59_000)));
    expect(late.status).toBe("overdue");
    expect(late.inWords).toBe("overdue by 2 d 3 h");
  });

  it("at the due instant it is still on time; one millisecond later it is overdue", () => {
    expect(standingAt(due, due)).toMatchObject({ status: "due soon", inWords: "due now" });
    expect(standingAt(due, before(-1))).toMatchObject({ status: "overdue", inWords: "overdue by less than a minute" });
  });

  it("the window is configurable", () => {
    expect(standingAt(due, before(30 * HOUR), 48 * HOUR).status).toBe("due soon");
    expect(standingAt(due, before(3 * HOUR), 2 * HOUR).status).toBe("open");
  });

  it("words round down and keep the two largest units", () => {
    expect(durationInWords(59_999)).toBe("less than a minute");
    expect(durationInWords(7 * 60_000 + 59_999)).toBe("7 min");
    expect(durationInWords(HOUR)).toBe("1 h");
    expect(durationInWords(3 * 24 * HOUR + 59 * 60_000)).toBe("3 d");
  });

  it("keeps each deadline's own fields", () => {
    const [row] = standingOfDeadlines([{ obligation: "notify-authority", due }], before(HOUR));
    expect(row).toMatchObject({ obligation: "notify-authority", status: "due soon", inWords: "due in 1 h" });
  });
});

describe("filing late", () => {
  it("reasons for the delay are required only after the due instant", () => {
    expect(delayReasonsRequired(due, due)).toBe(false);
    expect(delayReasonsRequired(due, before(HOUR))).toBe(false);
    expect(delayReasonsRequired(due, before(-1))).toBe(true);
  });

  it("an initial filing meets the deadline; follow-ups are due from the latest filing", () => {
    const initial = before(2 * HOUR);
    expect(followUpDue(initial)).toEqual(new Date(initial.getTime() + 72 * HOUR));
    expect(followUpDue(initial, 24)).toEqual(new Date(initial.getTime() + 24 * HOUR));
    const followUp = at("2026-04-02T09:00:00Z");
    expect(phasedNotificationState({ authorityDue: due, initialFiledAt: initial, followUpsFiledAt: [followUp], complete: false })).toEqual({
      initialOnTime: true,
      delayReasonsRequired: false,
      nextFollowUpDue: at("2026-04-05T09:00:00Z"),
    });
    expect(phasedNotificationState({ authorityDue: due, initialFiledAt: before(-HOUR), complete: true })).toEqual({
      initialOnTime: false,
      delayReasonsRequired: true,
    });
  });
});

describe("reminder schedule", () => {
  const deadline = { incidentId: "inc42", regime: "gdpr", obligation: "notify-authority", due };

  it("48 h, 24 h and 6 h before, at the deadline, then daily while overdue, up to a bound", () => {
    const reminders = reminderSchedule(deadline, { overdueAtMost: 2 });
    expect(reminders.map((r) => [r.key, r.at.toISOString()])).toEqual([
      ["incident:inc42:gdpr:notify-authority:-48h", "2026-03-28T22:30:00.000Z"],
      ["incident:inc42:gdpr:notify-authority:-24h", "2026-03-29T22:30:00.000Z"],
      ["incident:inc42:gdpr:notify-authority:-6h", "2026-03-30T16:30:00.000Z"],
      ["incident:inc42:gdpr:notify-authority:0h", "2026-03-30T22:30:00.000Z"],
      ["incident:inc42:gdpr:notify-authority:+24h", "2026-03-31T22:30:00.000Z"],
      ["incident:inc42:gdpr:notify-authority:+48h", "2026-04-01T22:30:00.000Z"],
    ]);
  });

  it("defaults to a week of overdue reminders; keys are unique and stable across recomputation", () => {
    const reminders = reminderSchedule(deadline);
    expect(reminders).toHaveLength(3 + 1 + 7);
    expect(new Set(reminders.map((r) => r.key)).size).toBe(reminders.length);
    expect(reminderSchedule(deadline)).toEqual(reminders);
  });

  it("custom offsets name themselves in minutes when not whole hours; overdue reminders can be turned off", () => {
    const reminders = reminderSchedule(deadline, { before: [90 * 60_000], atDeadline: false, overdueAtMost: 0 });
    expect(reminders.map((r) => r.key)).toEqual(["incident:inc42:gdpr:notify-authority:-90min"]);
  });
});
