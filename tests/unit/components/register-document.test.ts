import { describe, expect, it } from "vitest";
import {
  filtersInWords,
  registerPageFromSearchParams,
  registerPageHref,
  registerQueryFromSearchParams,
  registerQueryString,
} from "@/lib/domain/register/register-query";
import { filingInWords, registerDocument, type RegisterDocumentRow } from "@/lib/domain/register/register-document";

const row: RegisterDocumentRow = {
  reference: "BD-2026-0007",
  organization: { name: "Imagerie du Lac" },
  title: "Image server reachable from the internet",
  state: "notified",
  occurredAt: "2026-07-20T06:00:00.000Z",
  discoveredAt: null,
  awareAt: "2026-11-23T10:30:00.000Z",
  timeZone: "Europe/Paris",
  facts: {
    summary: "Breach of confidentiality; data: identification, health; 5300 people (patients)",
    subjectsCount: 5300,
    dataCategories: ["identification", "health"],
  },
  effects: { riskLevel: "high", likelyConsequences: ["Distress."] },
  remedialAction: {
    containment: "Server offline",
    ongoing: false,
    containedAt: "2026-11-23T11:00:00.000Z",
    tasksDone: ["Change the password"],
  },
  decision: { authority: "notify", rationale: "Health data made public" },
  notified: true,
  notifyAuthorityBy: "2026-11-26T10:30:00.000Z",
  firstFiledAt: "2026-11-27T08:00:00.000Z",
  filing: "late",
  lateReason: "Waited for the IT report",
};

describe("the register as a document", () => {
  it("holds the filters, the yearly figures and every incident's facts, effects and remedial action", () => {
    const model = registerDocument({
      rows: [row],
      statistics: [{ year: 2026, incidents: 1, notified: 1, onTime: 0, late: 1 }],
      filtersInWords: "aware in 2026",
      generatedAt: new Date("2026-11-28T09:00:00Z"),
      timeZone: "Europe/Paris",
    });
    expect(model.sections.map((section) => section.heading)).toEqual([
      "About this register",
      "Per year",
      "BD-2026-0007 · Image server reachable from the internet",
    ]);
    expect(model.sections[1]!.blocks[0]).toEqual({
      kind: "table",
      columns: ["Year", "Incidents", "Notified", "On time", "Late"],
      rows: [["2026", "1", "1", "0", "1"]],
    });
    const fields = model.sections[2]!.blocks[0];
    if (fields?.kind !== "fields") throw new Error("expected fields");
    const value = (label: string) => fields.rows.find((candidate) => candidate.label === label)?.value;
    expect(value("Aware")).toBe("23 Nov 2026, 11:30 CET");
    expect(value("Discovered")).toBe("not known");
    expect(value("Risk level")).toBe("high");
    expect(value("Remedial tasks done")).toBe("Change the password");
    expect(value("Notification")).toBe("Notified late (27 Nov 2026, 09:00 CET)");
    expect(value("Reason for delay")).toBe("Waited for the IT report");
  });

  it("says whether and how each incident was notified", () => {
    expect(filingInWords({ notified: false, filing: null })).toBe("Not notified");
    expect(filingInWords({ notified: true, filing: "on_time" })).toBe("Notified on time");
  });
});

describe("the register's filters", () => {
  it("reads the GET form and writes the same filters into the export links", () => {
    const query = registerQueryFromSearchParams({ state: "closed", year: "2026", notified: "no", timeliness: "late", organization: "lac" });
    expect(query).toEqual({ organization: "lac", state: ["closed"], year: 2026, notified: false, timeliness: "late" });
    expect(registerQueryString(query)).toBe("?organization=lac&state=closed&year=2026&notified=no&timeliness=late");
    expect(filtersInWords(query)).toBe("practice lac, state closed, aware in 2026, not notified, notified late");
    expect(registerQueryFromSearchParams({ year: "abc", notified: "maybe", state: "x" })).toEqual({});
    expect(filtersInWords({})).toBe("all incidents");
  });

  it("reads the page apart from the filters (the exports take every page), and links a page keeping the filters", () => {
    const params = { year: "2026", page: "3" };
    expect(registerQueryFromSearchParams(params)).toEqual({ year: 2026 });
    expect(registerPageFromSearchParams(params)).toBe(3);
    for (const junk of ["0", "-1", "2.5", "x", undefined]) expect(registerPageFromSearchParams({ page: junk })).toBe(1);
    expect(registerPageHref({ year: 2026, page: 3 }, 4)).toBe("/register?year=2026&page=4");
    expect(registerPageHref({ year: 2026 }, 1)).toBe("/register?year=2026");
    expect(registerPageHref({}, 1)).toBe("/register");
  });
});
