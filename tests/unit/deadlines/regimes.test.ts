import { describe, expect, it } from "vitest";
import { computeDeadlines, type DeadlineOptions, type RegimeId } from "@/lib/domain/deadlines";
import { HOUR, at } from "./zone-helpers";

const awareAt = at("2026-06-01T08:20:00Z"); // Monday 10:20 in Paris
const list = (regimes: RegimeId[], options?: DeadlineOptions, timeZone = "Europe/Paris") =>
  computeDeadlines({ awareAt, timeZone, regimes, ...(options ? { options } : {}) });
const ids = (regimes: RegimeId[], options?: DeadlineOptions) =>
  list(regimes, options).map((deadline) => `${deadline.regime}:${deadline.obligation}`);

describe("GDPR and UK GDPR", () => {
  it("a controller gets the authority notification only, by default", () => {
    expect(ids(["gdpr"])).toEqual(["gdpr:notify-authority"]);
    expect(list(["gdpr"])[0]?.basis).toBe("GDPR Art. 33(1)");
  });

  it("a high-risk breach adds the communication to the people (internal target, default 72 h, no 1182/71 limit)", () => {
    const subjects = list(["gdpr"], { highRisk: true }).find((d) => d.obligation === "communicate-subjects");
    expect(subjects?.basis).toBe("GDPR Art. 34(1)");
    expect(subjects?.internalTarget).toBe(true);
    expect(subjects!.due.getTime() - awareAt.getTime()).toBe(72 * HOUR);
    expect(subjects?.dueUnder1182).toBeUndefined();
    const sooner = list(["gdpr"], { highRisk: true, targets: { communicateSubjectsHours: 48 } });
    expect(sooner[1]!.due.getTime() - awareAt.getTime()).toBe(48 * HOUR);
  });

  it("a processor tells its controller (Art. 33(2)), default 24 h, configurable, and does not notify the authority", () => {
    const [controller, ...rest] = list(["gdpr"], { role: "processor" });
    expect(rest).toEqual([]);
    expect(controller?.obligation).toBe("notify-controller");
    expect(controller?.basis).toBe("GDPR Art. 33(2)");
    expect(controller!.due.getTime() - awareAt.getTime()).toBe(24 * HOUR);
    const [faster] = list(["gdpr"], { role: "processor", targets: { notifyControllerHours: 12 } });
    expect(faster!.due.getTime() - awareAt.getTime()).toBe(12 * HOUR);
  });

  it("a phased notification: the follow-up is counted from the initial filing", () => {
    const filedAt = at("2026-06-02T15:00:00Z");
    const deadlines = list(["gdpr"], { firstFilings: { gdpr: { filedAt, complete: false } } });
    const followUp = deadlines.find((d) => d.obligation === "follow-up-notification");
    expect(followUp?.basis).toBe("GDPR Art. 33(4)");
    expect(followUp?.due).toEqual(at("2026-06-05T15:00:00Z"));
    expect(ids(["gdpr"], { firstFilings: { gdpr: { filedAt, complete: true } } })).toEqual(["gdpr:notify-authority"]);
  });

  it("UK GDPR: 72 h to the ICO, with no 1182/71 limit (not EU law)", () => {
    const [ico] = list(["uk-gdpr"], undefined, "Europe/London");
    expect(ico?.obligation).toBe("notify-authority");
    expect(ico?.basis).toBe("UK GDPR Art. 33(1)");
    expect(ico?.due).toEqual(at("2026-06-04T08:20:00Z"));
    expect(ico?.dueUnder1182).toBeUndefined();
  });

  it("the same regime asked twice is listed once", () => {
    expect(ids(["gdpr", "gdpr"])).toEqual(["gdpr:notify-authority"]);
  });

  it("refuses a non-positive internal target", () => {
    expect(() => list(["gdpr"], { targets: { notifyControllerHours: 0 } })).toThrow(RangeError);
  });
});

describe("NIS2", () => {
  it("early warning 24 h, incident notification 72 h, final report one month after the notification", () => {
    const [warning, notification, finalReport] = list(["nis2"]);
    expect(warning?.obligation).toBe("early-warning");
    expect(warning?.due).toEqual(at("2026-06-02T08:20:00Z"));
    expect(warning?.dueUnder1182).toEqual(at("2026-06-02T09:00:00Z"));
    expect(notification?.obligation).toBe("incident-notification");
    expect(notification?.due).toEqual(at("2026-06-04T08:20:00Z"));
    // Not filed yet: provisional, counted from the notification's own deadline (Thursday 4 June).
    expect(finalReport?.obligation).toBe("final-report");
    expect(finalReport?.provisional).toBe(true);
    expect(finalReport?.due).toEqual(at("2026-07-04T08:20:00Z"));
    // 4 July 2026 is a Saturday: 1182/71 carries the end to Monday 6 July, 24:00 CEST.
    expect(finalReport?.dueUnder1182).toEqual(at("2026-07-06T22:00:00Z"));
  });
});

describe("ePrivacy (Regulation 611/2013)", () => {
  it("24 h to the authority, then the rest within 3 days of the initial notification", () => {
    const [authority, complete] = list(["eprivacy"]);
    expect(authority?.basis).toBe("Regulation 611/2013 Art. 2(2)");
    expect(authority?.due).toEqual(at("2026-06-02T08:20:00Z"));
    expect(authority?.dueUnder1182).toEqual(at("2026-06-02T09:00:00Z"));
    expect(complete?.obligation).toBe("complete-notification");
    expect(complete?.provisional).toBe(true);
  });

  const completeAfter = (filedAt: Date) => list(["eprivacy"], { firstFilings: { eprivacy: { filedAt, complete: false } } })[1]!;

  it("filed on a Tuesday: Wednesday to Friday", () => {
    const complete = completeAfter(at("2026-06-02T13:00:00Z"));
    expect(complete.due).toEqual(at("2026-06-05T13:00:00Z"));
    expect(complete.dueUnder1182).toEqual(at("2026-06-05T22:00:00Z"));
  });

  it("filed on a Thursday: the third day is a Sunday, so the period runs to the end of Monday", () => {
    expect(completeAfter(at("2026-06-04T13:00:00Z")).dueUnder1182).toEqual(at("2026-06-08T22:00:00Z"));
  });

  it("filed on a Friday: Saturday to Monday holds one working day, so it runs to the end of Tuesday (Art. 3(5))", () => {
    expect(completeAfter(at("2026-06-05T07:00:00Z")).dueUnder1182).toEqual(at("2026-06-09T22:00:00Z"));
  });

  it("a complete initial notification leaves nothing to complete", () => {
    const filedAt = at("2026-06-01T20:00:00Z");
    expect(ids(["eprivacy"], { firstFilings: { eprivacy: { filedAt, complete: true } } })).toEqual(["eprivacy:notify-authority"]);
  });
});

describe("HIPAA", () => {
  const hipaa = (options: DeadlineOptions) =>
    computeDeadlines({ awareAt: at("2026-06-01T14:00:00Z"), timeZone: "America/Chicago", regimes: ["hipaa"], options });

  it("individuals within 60 calendar days of discovery; no EU outer limit", () => {
    const [individuals] = hipaa({ subjects: 10 });
    expect(individuals?.basis).toBe("45 CFR 164.404(b)");
    expect(individuals?.due).toEqual(at("2026-07-31T14:00:00Z"));
    expect(individuals?.dueUnder1182).toBeUndefined();
  });

  it("500 or more people: HHS at the same time as the individuals", () => {
    const deadlines = hipaa({ subjects: 500, mostResidentsOfOneState: 200 });
    expect(deadlines.map((d) => d.obligation)).toEqual(["notify-individuals", "notify-hhs"]);
    expect(deadlines[1]?.due).toEqual(deadlines[0]?.due);
    expect(deadlines[1]?.basis).toBe("45 CFR 164.408(b)");
  });

  it("fewer than 500: HHS within 60 days after the end of the calendar year (end of 1 March 2027, Chicago)", () => {
    const hhs = hipaa({ subjects: 499 }).find((d) => d.obligation === "notify-hhs");
    expect(hhs?.basis).toBe("45 CFR 164.408(c)");
    expect(hhs?.due).toEqual(at("2027-03-02T06:00:00Z"));
  });

  it("fewer than 500 discovered in 2027: the leap year makes it the end of 29 February 2028", () => {
    const [, hhs] = computeDeadlines({
      awareAt: at("2027-12-31T12:00:00Z"),
      timeZone: "America/New_York",
      regimes: ["hipaa"],
      options: { subjects: 3 },
    });
    expect(hhs?.due).toEqual(at("2028-03-01T05:00:00Z"));
  });

  it("media notice only above 500 residents of one State", () => {
    expect(hipaa({ subjects: 2000, mostResidentsOfOneState: 500 }).map((d) => d.obligation)).not.toContain("notify-media");
    const media = hipaa({ subjects: 2000, mostResidentsOfOneState: 501 }).find((d) => d.obligation === "notify-media");
    expect(media?.basis).toBe("45 CFR 164.406");
    expect(media?.due).toEqual(at("2026-07-31T14:00:00Z"));
  });

  it("unknown counts: the strictest reading (HHS now, media listed)", () => {
    expect(hipaa({}).map((d) => d.obligation)).toEqual(["notify-individuals", "notify-hhs", "notify-media"]);
    expect(hipaa({ subjects: 400 }).map((d) => d.obligation)).toEqual(["notify-individuals", "notify-hhs"]);
  });
});
