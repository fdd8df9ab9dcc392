import { describe, expect, it } from "vitest";
import { openDeadlines, type IncidentRecords } from "@/lib/server/deadlines/incident-obligations";

const base: IncidentRecords = {
  id: "open-deadlines-duties",
  awareAt: new Date("2026-07-10T08:00:00Z"),
  timeZone: "Europe/Paris",
  regimes: JSON.stringify(["eprivacy"]),
  role: "controller",
  highRisk: true,
  filings: [{ kind: "initial", filedAt: new Date("2026-07-11T08:00:00Z") }],
  sentCommunications: [],
};
const obligations = (records: IncidentRecords) => openDeadlines(records).map((d) => d.obligation);

describe("open deadlines: the new duties and the practice's holidays", () => {
  it("the ePrivacy notice to subscribers stays open until a communication was sent", () => {
    expect(obligations({ ...base, id: "a" })).toContain("notify-subscribers");
    expect(obligations({ ...base, id: "b", sentCommunications: [{ channel: "email" }] })).not.toContain("notify-subscribers");
  });

  it("a business associate's notice to the covered entity is met by the first filing", () => {
    const associate = { ...base, regimes: JSON.stringify(["hipaa"]), role: "processor" as const, timeZone: "America/Chicago" };
    expect(obligations({ ...associate, id: "c", filings: [] })).toEqual(["notify-covered-entity"]);
    expect(obligations({ ...associate, id: "d" })).toEqual([]);
  });

  it("counts the practice's country's holidays: 14 July moves the completion to the end of 15 July", () => {
    const complete = (country: string | undefined, id: string) =>
      openDeadlines({ ...base, id, ...(country ? { country } : {}) }).find((d) => d.obligation === "complete-notification");
    expect(complete("FR", "e")).toMatchObject({ dueUnder1182: new Date("2026-07-15T22:00:00Z"), holidaysOf: "FR" });
    expect(complete(undefined, "f")?.dueUnder1182).toEqual(new Date("2026-07-14T22:00:00Z"));
    expect(complete("GB", "g")?.holidaysOf).toBeUndefined();
  });
});
