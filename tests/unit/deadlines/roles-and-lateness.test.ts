import { describe, expect, it } from "vitest";
import { computeDeadlines, filingDeadline, filingDeadlineLabel, filingRegime, judgeFiling } from "@/lib/domain/deadlines";
import { notificationLateness } from "@/lib/domain/notification/timing";
import { HOUR, at } from "./zone-helpers";

describe("HIPAA: a business associate's only duty is to the covered entity (45 CFR 164.410)", () => {
  const awareAt = at("2026-06-01T14:00:00Z");
  const hipaa = (role: "controller" | "processor") =>
    computeDeadlines({
      awareAt,
      timeZone: "America/Chicago",
      regimes: ["hipaa"],
      options: { role, subjects: 5_000, mostResidentsOfOneState: 2_000 },
    });

  it("notifies the covered entity within 60 calendar days of discovery, and nobody else", () => {
    const deadlines = hipaa("processor");
    expect(deadlines.map((d) => d.obligation)).toEqual(["notify-covered-entity"]);
    expect(deadlines[0]?.basis).toBe("45 CFR 164.410(b)");
    expect(deadlines[0]?.due).toEqual(at("2026-07-31T14:00:00Z"));
    expect(deadlines[0]?.internalTarget).toBe(false);
    expect(deadlines[0]?.dueUnder1182).toBeUndefined();
  });

  it("the covered entity keeps the notices to individuals, HHS and the media", () => {
    expect(hipaa("controller").map((d) => d.obligation)).toEqual(["notify-individuals", "notify-hhs", "notify-media"]);
  });
});

describe("ePrivacy: subscribers and individuals are told too when they are likely to be adversely affected (611/2013 Art. 3)", () => {
  const awareAt = at("2026-06-01T08:20:00Z");
  const eprivacy = (options: { highRisk?: boolean; adverseEffect?: boolean }) =>
    computeDeadlines({ awareAt, timeZone: "Europe/Paris", regimes: ["eprivacy"], options });

  it("a high-risk breach adds notify-subscribers, an internal target (the law says without undue delay)", () => {
    const notice = eprivacy({ highRisk: true }).find((d) => d.obligation === "notify-subscribers");
    expect(notice?.basis).toBe("Regulation 611/2013 Art. 3(1)");
    expect(notice?.internalTarget).toBe(true);
    expect(notice!.due.getTime() - awareAt.getTime()).toBe(72 * HOUR);
    expect(notice?.dueUnder1182).toBeUndefined();
  });

  it("no adverse effect, no notice; an adverse effect without high risk still gives one", () => {
    expect(eprivacy({}).map((d) => d.obligation)).toEqual(["notify-authority", "complete-notification"]);
    expect(eprivacy({ highRisk: true, adverseEffect: false }).map((d) => d.obligation)).not.toContain("notify-subscribers");
    expect(eprivacy({ adverseEffect: true }).map((d) => d.obligation)).toContain("notify-subscribers");
  });
});

describe("the deadline a filing is judged against is its own regime's", () => {
  const awareAt = at("2026-06-01T08:20:00Z");
  const base = { awareAt, timeZone: "Europe/Paris" };

  it("a GDPR filing with GDPR and ePrivacy both applying: the GDPR 72 h, not ePrivacy's 24 h", () => {
    const deadline = filingDeadline({ ...base, regimes: ["eprivacy", "gdpr"], authority: "cnil" });
    expect(deadline?.regime).toBe("gdpr");
    expect(deadline?.due).toEqual(at("2026-06-04T08:20:00Z"));
    expect(filingDeadlineLabel(deadline!)).toBe("Notify the authority by");
  });

  it("a filing with the ICO under UK GDPR; any other authority under the GDPR", () => {
    expect(filingRegime(["gdpr", "uk-gdpr"], "ico")).toBe("uk-gdpr");
    expect(filingRegime(["gdpr", "uk-gdpr"], "dpc")).toBe("gdpr");
    expect(filingRegime(["uk-gdpr"], "cnil")).toBe("uk-gdpr");
    expect(filingRegime(["nis2", "eprivacy"], "cnil")).toBeNull();
  });

  it("without GDPR or UK GDPR, the earliest first notification of the other regimes", () => {
    const deadline = filingDeadline({ ...base, regimes: ["nis2", "eprivacy"] });
    expect(deadline?.due).toEqual(at("2026-06-02T08:20:00Z"));
  });

  it("a processor's own duty is to its controller, and it is labelled so", () => {
    const deadline = filingDeadline({ ...base, regimes: ["gdpr", "eprivacy"], role: "processor" });
    expect(deadline?.obligation).toBe("notify-controller");
    expect(filingDeadlineLabel(deadline!)).toBe("Notify the controller by");
    const associate = filingDeadline({ ...base, regimes: ["hipaa"], role: "processor" });
    expect(filingDeadlineLabel(associate!)).toBe("Notify the covered entity by");
  });
});

describe("lateness against the conservative deadline and the legal limit", () => {
  const awareAt = at("2026-06-01T08:20:00Z"); // 10:20 Paris: the 72 h end at 10:20, the legal limit at 11:00
  const gdpr = filingDeadline({ awareAt, timeZone: "Europe/Paris", regimes: ["gdpr"] })!;

  it("on time up to the deadline itself", () => {
    expect(judgeFiling(gdpr, at("2026-06-04T08:20:00Z"))).toMatchObject({ standing: "on_time", late: false });
  });

  it("after the 72 hours but within the legal limit under Regulation 1182/71", () => {
    const judged = judgeFiling(gdpr, at("2026-06-04T08:45:00Z"));
    expect(judged).toMatchObject({ standing: "late_within_legal_limit", late: true });
    expect(judged.inWords).toBe("after the 72 h but within the legal limit under Regulation 1182/71");
    expect(judged.legalLimit).toEqual(at("2026-06-04T09:00:00Z"));
  });

  it("after the legal limit", () => {
    const judged = judgeFiling(gdpr, at("2026-06-04T09:00:01Z"));
    expect(judged).toMatchObject({ standing: "after_legal_limit", late: true });
    expect(judged.inWords).toBe("after the legal limit (the 72 h counted under Regulation 1182/71)");
  });

  it("where no EU limit exists (UK GDPR), late is after the legal limit at once", () => {
    const ico = filingDeadline({ awareAt, timeZone: "Europe/London", regimes: ["uk-gdpr"], authority: "ico" })!;
    expect(judgeFiling(ico, at("2026-06-04T08:21:00Z"))).toMatchObject({
      standing: "after_legal_limit",
      inWords: "after the legal limit (72 h)",
    });
  });

  it("the Art. 33 content says the same, counted in the incident's zone", () => {
    const input = {
      incident: { awareAt: awareAt.toISOString(), timeZone: "Asia/Kolkata" },
      filings: [{ kind: "initial" as const, filedAt: "2026-06-04T08:40:00.000Z" }],
    };
    const lateness = notificationLateness(input as Parameters<typeof notificationLateness>[0]);
    // Kolkata is UTC+5:30: aware at 13:50 local, the next local hour starts at 14:00 = 08:30Z.
    expect(lateness).toMatchObject({
      late: true,
      deadline: "2026-06-04T08:20:00.000Z",
      legalLimit: "2026-06-04T08:30:00.000Z",
      standing: "after_legal_limit",
    });
  });
});
