import { describe, expect, it } from "vitest";
import { clocksOf } from "@/components/incidents/file/clock-view";
import { standingInWords } from "@/components/incidents/file/clock-words";
import { formatTimeOfDay, formatWhen } from "@/components/incidents/local-time";
import { translatorFor } from "@/lib/i18n/translator";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;

describe("the clocks' words in the reader's language", () => {
  it("says how long is left with Czech plurals (one, few, other), in the accusative after 'za' and 'o'", () => {
    const cs = translatorFor("cs");
    expect(standingInWords(cs, DAY + HOUR)).toBe("lhůta uplyne za 1 den 1 hodinu");
    expect(standingInWords(cs, 2 * DAY + 3 * HOUR)).toBe("lhůta uplyne za 2 dny 3 hodiny");
    expect(standingInWords(cs, 5 * DAY)).toBe("lhůta uplyne za 5 dní");
    expect(standingInWords(cs, 21 * HOUR + MINUTE)).toBe("lhůta uplyne za 21 hodin 1 minutu");
    expect(standingInWords(cs, -(22 * HOUR + 4 * MINUTE))).toBe("po lhůtě o 22 hodin 4 minuty");
    expect(standingInWords(cs, -30_000)).toBe("po lhůtě o méně než minutu");
  });

  it("says it in French and German with their plurals, and in English as before", () => {
    expect(standingInWords(translatorFor("fr"), DAY + 2 * HOUR)).toBe("échéance dans 1 jour 2 heures");
    expect(standingInWords(translatorFor("de"), -(2 * DAY + HOUR))).toBe("seit 2 Tagen 1 Stunde überfällig");
    expect(standingInWords(translatorFor("en"), 5 * HOUR + 12 * MINUTE)).toBe("due in 5 h 12 min");
    expect(standingInWords(translatorFor("en"), 0)).toBe("due now");
  });

  it("dates the clocks in the reader's language on the incident's clock, the zone named", () => {
    const incident = { awareAt: "2026-03-28T00:30:00.000Z", timeZone: "Europe/Prague", regimes: ["gdpr"], facts: {}, state: "reported" };
    const [authority] = clocksOf(incident, new Date("2026-03-29T21:30:00Z"), null, "cs");
    expect(authority).toMatchObject({ label: "Ohlásit porušení dozorovému úřadu", standing: "lhůta uplyne za 1 den 3 hodiny" });
    expect(authority!.due).toBe("31. března 2026 v 02:30 SELČ");
    const [closed] = clocksOf({ ...incident, state: "closed" }, new Date("2026-03-29T21:30:00Z"), null, "de");
    expect(closed!.standing).toBe("angehalten: Der Vorfall ist abgeschlossen");
  });

  it("writes an instant the way each language does, always with the zone", () => {
    const instant = new Date("2026-12-07T08:30:00Z");
    expect(formatWhen(instant, "Europe/Prague", "en")).toBe("7 Dec 2026, 09:30 CET");
    expect(formatWhen(instant, "Europe/Prague", "cs")).toBe("7. prosince 2026 v 09:30 SEČ");
    expect(formatWhen(instant, "Europe/Berlin", "de")).toBe("7. Dezember 2026 um 09:30 MEZ");
    expect(formatWhen(instant, "Europe/Paris", "fr")).toBe("7 décembre 2026 à 09:30 CET");
    expect(formatWhen(instant, "Asia/Kolkata", "cs")).toBe("7. prosince 2026 v 14:00 GMT+5:30");
    expect(formatTimeOfDay(instant, "Europe/Prague", "cs")).toBe("09:30 SEČ");
  });
});
