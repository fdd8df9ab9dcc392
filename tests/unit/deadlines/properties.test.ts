import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REGIME_IDS, computeDeadlines, formatForPeople, formatLocalIso, parseTimeInZone } from "@/lib/domain/deadlines";
import { HOUR, ZONES, minuteAndSecond, offsetMinutes } from "./zone-helpers";

const instants = fc.date({
  min: new Date("2000-01-01T00:00:00.000Z"),
  max: new Date("2100-12-31T23:59:59.999Z"),
  noInvalidDate: true,
});
/** Instants on full and quarter hours of UTC: the full hours of whole-, half- and three-quarter-hour zones. */
const quarterHours = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 900_000, max: Date.UTC(2100, 11, 31) / 900_000 })
  .map((quarters) => new Date(quarters * 900_000));
const zones = fc.constantFrom(...ZONES);
const regimeSets = fc.uniqueArray(fc.constantFrom(...REGIME_IDS), { minLength: 1, maxLength: REGIME_IDS.length });

// Hundreds of runs each through the zone tables: several seconds on a busy 2-core machine, so the time-out is generous.
describe("deadline properties over instants 2000-2100 and 30+ zones", { timeout: 60_000 }, () => {
  it("every period in hours is exactly that many elapsed hours after awareness", () => {
    fc.assert(
      fc.property(instants, zones, regimeSets, fc.boolean(), (awareAt, timeZone, regimes, highRisk) => {
        const deadlines = computeDeadlines({ awareAt, timeZone, regimes, options: { highRisk } });
        for (const deadline of deadlines) {
          if (deadline.period.unit !== "hours" || deadline.provisional) continue;
          expect(deadline.due.getTime() - awareAt.getTime()).toBe(deadline.period.amount * HOUR);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the GDPR authority deadline is 72 h of elapsed time, whatever the zone", () => {
    fc.assert(
      fc.property(instants, zones, (awareAt, timeZone) => {
        const [first] = computeDeadlines({ awareAt, timeZone, regimes: ["gdpr"] });
        expect(first?.obligation).toBe("notify-authority");
        expect(first!.due.getTime() - awareAt.getTime()).toBe(72 * HOUR);
      }),
      { numRuns: 300 },
    );
  });

  it("the 1182/71 end of an hour period is after due, at most one hour later, on a full hour of the local clock", () => {
    fc.assert(
      fc.property(fc.oneof(instants, quarterHours), zones, (awareAt, timeZone) => {
        const deadlines = computeDeadlines({ awareAt, timeZone, regimes: ["gdpr", "nis2", "eprivacy"] });
        for (const deadline of deadlines) {
          if (deadline.period.unit !== "hours") continue;
          const limit = deadline.dueUnder1182;
          expect(limit).toBeDefined();
          const slack = limit!.getTime() - deadline.due.getTime();
          expect(slack).toBeGreaterThan(0);
          expect(slack).toBeLessThanOrEqual(HOUR);
          // A full hour exactly at awareness is the only case with a whole hour of slack.
          const [minute, second] = minuteAndSecond(awareAt, timeZone);
          const onTheHour = minute === 0 && second === 0 && awareAt.getUTCMilliseconds() === 0;
          expect(slack === HOUR).toBe(onTheHour);
          const start = new Date(limit!.getTime() - deadline.period.amount * HOUR);
          if (offsetMinutes(start, timeZone) === offsetMinutes(awareAt, timeZone)) {
            expect(minuteAndSecond(start, timeZone)).toEqual([0, 0]);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("day and month periods never end later under the conservative count than under 1182/71", () => {
    fc.assert(
      fc.property(instants, zones, (awareAt, timeZone) => {
        for (const deadline of computeDeadlines({ awareAt, timeZone, regimes: ["nis2", "eprivacy"] })) {
          if (deadline.dueUnder1182) expect(deadline.due.getTime()).toBeLessThanOrEqual(deadline.dueUnder1182.getTime());
          expect(deadline.due.getTime()).toBeGreaterThan(awareAt.getTime());
        }
      }),
      { numRuns: 200 },
    );
  });

  it("every time shown to people names its zone, and an offset name is the true offset", () => {
    fc.assert(
      fc.property(instants, zones, (instant, timeZone) => {
        const shown = formatForPeople(instant, timeZone);
        const match = /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} (?:([A-Z]{2,5})|GMT([+-])(\d{1,2})(?::(\d{2}))?)$/.exec(shown);
        expect(match, shown).not.toBeNull();
        if (match && match[1] === undefined) {
          const size = Number(match[3]) * 60 + Number(match[4] ?? 0);
          expect(match[2] === "-" ? -size : size).toBe(offsetMinutes(instant, timeZone));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("dueLocal carries the zone's true offset and reads back as the same instant (to the second)", () => {
    fc.assert(
      fc.property(instants, zones, (instant, timeZone) => {
        const local = formatLocalIso(instant, timeZone);
        const match = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-])(\d{2}):(\d{2})$/.exec(local);
        expect(match, local).not.toBeNull();
        const size = Number(match![2]) * 60 + Number(match![3]);
        expect(match![1] === "-" ? -size : size).toBe(offsetMinutes(instant, timeZone));
        const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
        expect(new Date(local).getTime()).toBe(wholeSeconds);
      }),
      { numRuns: 300 },
    );
  });

  it("a local time without offset reads back as the instant that showed it, or is refused as ambiguous", () => {
    fc.assert(
      fc.property(instants, zones, (instant, timeZone) => {
        const wholeSeconds = new Date(Math.floor(instant.getTime() / 1000) * 1000);
        const wallOnly = formatLocalIso(wholeSeconds, timeZone).slice(0, 19);
        const parsed = parseTimeInZone(wallOnly, timeZone);
        if (parsed.ok) {
          expect(parsed.instant.getTime()).toBe(wholeSeconds.getTime());
        } else {
          expect(parsed.reason).toBe("ambiguous");
          if (parsed.reason === "ambiguous") {
            expect(parsed.candidates.map((candidate) => candidate.getTime())).toContain(wholeSeconds.getTime());
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
