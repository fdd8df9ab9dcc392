import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, triggerBefore, utcDateTime } from "@/lib/domain/calendar";

const octets = (text: string) => new TextEncoder().encode(text).length;
/** RFC 5545 3.1: unfolding removes every CRLF followed by one space. */
const unfold = (text: string) => text.replace(/\r\n /g, "");

describe("iCalendar text", () => {
  it("escapes backslashes, semicolons, commas and every kind of line break", () => {
    expect(escapeText("a,b;c\\d")).toBe("a\\,b\\;c\\\\d");
    expect(escapeText("one\ntwo\r\nthree\rfour")).toBe("one\\ntwo\\nthree\\nfour");
    expect(escapeText("plain: text")).toBe("plain: text");
  });

  it("leaves lines of 75 octets alone and folds longer ones at 75 octets", () => {
    const exact = "X".repeat(75);
    expect(foldLine(exact)).toBe(exact);
    const long = `DESCRIPTION:${"a".repeat(200)}`;
    const folded = foldLine(long);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(octets(lines[0]!)).toBe(75);
    for (const line of lines.slice(1)) expect(line.startsWith(" ")).toBe(true);
    expect(unfold(folded)).toBe(long);
  });

  it("counts octets, not characters, and never cuts a multi-octet character", () => {
    const long = `SUMMARY:${"é€".repeat(60)}`;
    const folded = foldLine(long);
    for (const line of folded.split("\r\n")) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(unfold(folded)).toBe(long);
  });

  it("writes instants in UTC with a Z, whatever the zone they were given in", () => {
    expect(utcDateTime(new Date("2026-03-31T00:30:00+02:00"))).toBe("20260330T223000Z");
    expect(utcDateTime(new Date("2026-01-05T09:07:03.999Z"))).toBe("20260105T090703Z");
  });

  it("writes alarm triggers as durations before the event", () => {
    expect(triggerBefore(48 * 3_600_000)).toBe("-PT48H");
    expect(triggerBefore(90 * 60_000)).toBe("-PT90M");
    expect(triggerBefore(0)).toBe("PT0S");
  });
});

describe("buildCalendar", () => {
  const due = new Date("2026-03-30T22:30:00Z");
  const text = buildCalendar({
    productId: "-//Breachdesk//Deadlines//EN",
    name: "Deadlines, Cabinet du Parc; Lyon",
    events: [
      {
        uid: "incident-1-gdpr-notify-authority@breachdesk",
        start: due,
        stamp: new Date("2026-03-27T22:30:00Z"),
        summary: "BD-2026-0001: notify the authority, GDPR Art. 33(1)",
        description: `Lab results; wrong patient\nSecond line ${"long ".repeat(30)}`,
        url: "https://breachdesk.test/incidents/1",
        alarms: [
          { beforeMs: 24 * 3_600_000, description: "Due in 24 h" },
          { beforeMs: 0, description: "Due now" },
        ],
      },
    ],
  });

  it("is CRLF-terminated, folded, and balanced", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    for (const line of text.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    const lines = unfold(text).split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.filter((l) => l === "BEGIN:VALARM")).toHaveLength(2);
    expect(lines.filter((l) => l === "END:VALARM")).toHaveLength(2);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("has DTSTART in UTC, escaped text and the alarms", () => {
    const lines = unfold(text).split("\r\n");
    expect(lines).toContain("DTSTART:20260330T223000Z");
    expect(lines).toContain("DTEND:20260330T223000Z");
    expect(lines).toContain("X-WR-CALNAME:Deadlines\\, Cabinet du Parc\\; Lyon");
    expect(lines.find((l) => l.startsWith("DESCRIPTION:Lab"))).toMatch(/^DESCRIPTION:Lab results\\; wrong patient\\nSecond line long/);
    expect(lines).toContain("TRIGGER:-PT24H");
    expect(lines).toContain("TRIGGER:PT0S");
    expect(lines).toContain("URL:https://breachdesk.test/incidents/1");
  });
});
