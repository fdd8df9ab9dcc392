import { describe, expect, it } from "vitest";
import { clocksOf } from "@/components/incidents/file/clock-view";
import { conflictRows } from "@/components/incidents/file/conflict-view";
import { contentDisposition } from "@/lib/server/http/content-disposition";
import { isSameOrigin } from "@/lib/server/http/same-origin";
import { assumedNote, factRows } from "@/components/incidents/file/facts-view";
import { problemInWords } from "@/components/incidents/field-labels";
import { reviewSections } from "@/components/incidents/intake/intake-review-model";
import {
  fieldsOf,
  firstFieldWithError,
  INTAKE_STEPS,
  optionalOf,
  prefilledOf,
  questionsOf,
  stepOfField,
} from "@/components/incidents/intake/intake-steps";
import { emptyIntakeValues, newIntakeValues } from "@/components/incidents/intake/intake-values";
import { listQueryFromSearchParams, pageHref } from "@/components/incidents/list-query";
import { translatorFor } from "@/lib/i18n/translator";

/** The English reader these view models are checked for. */
const en = translatorFor("en");

const imaging = {
  role: "controller" as const,
  breachTypes: ["confidentiality" as const],
  cause: "accidental" as const,
  dataCategories: ["identification" as const, "health" as const],
  subjects: { count: 5300, categories: ["patients" as const] },
  records: 5300,
  identifiability: "direct" as const,
  encryption: "none" as const,
  confidentiality: { recipients: "public" as const, exfiltration: "unknown" as const },
  mitigation: { dataRetrievedOrDeleted: false, highRiskNoLongerLikely: false, individualContactDisproportionate: false },
};

describe("the incident's clocks", () => {
  const incident = { awareAt: "2026-03-27T22:30:00.000Z", timeZone: "Europe/Paris", regimes: ["gdpr"], facts: imaging, state: "reported" };

  it("says how long is left in words, with the due time in the incident's zone", () => {
    const [authority] = clocksOf(incident, new Date("2026-03-30T17:18:00Z"));
    expect(authority).toMatchObject({
      label: "Notify the supervisory authority",
      basis: "GDPR Art. 33(1)",
      status: "due soon",
      standing: "due in 5 h 12 min",
    });
    // 72 h after 23:30 CET on Friday is 00:30 CEST on Tuesday: elapsed time, across the DST change.
    expect(authority!.due).toBe("31 Mar 2026, 00:30 CEST");
    expect(authority!.legalLimit).toBe("31 Mar 2026, 01:00 CEST");
  });

  it("says overdue in words (not by colour alone)", () => {
    const [authority] = clocksOf(incident, new Date("2026-04-01T01:30:00Z"));
    expect(authority).toMatchObject({ status: "overdue", standing: "overdue by 1 d 3 h" });
  });

  it("stops the clocks once the authority is notified", () => {
    const [authority] = clocksOf({ ...incident, state: "notified" }, new Date("2026-04-01T01:30:00Z"));
    expect(authority).toMatchObject({ status: "stopped", standing: "met: the authority was notified" });
  });

  it("counts a processor's duty to its controller", () => {
    const clocks = clocksOf({ ...incident, facts: { ...imaging, role: "processor" as const } }, new Date("2026-03-28T00:00:00Z"));
    expect(clocks.map((clock) => clock.label)).toContain("Tell the controller (you act as processor)");
  });
});

describe("the facts in words", () => {
  it("answers every question that applies in the intake's words", () => {
    const rows = factRows(en, imaging);
    const answer = (field: string) => rows.find((row) => row.field === field)?.answer;
    expect(answer("confidentiality.recipients")).toBe("Anyone: it was on the internet or in a public place");
    expect(answer("subjects.count")).toBe("5,300");
    expect(answer("dataCategories")).toBe("Names, addresses, dates of birth; Anything medical: diagnoses, results, prescriptions");
    // Not recorded: read as "not known", so the row says so rather than guessing an answer.
    expect(answer("confidentiality.access")).toBe("Not answered yet");
    // Whether the data is about living people is asked only in the rare case it is not: no row until then.
    expect(rows.some((row) => row.field === "scope")).toBe(false);
    expect(factRows(en, { ...imaging, scope: "deceased_only" }).find((row) => row.field === "scope")?.answer).toBe(
      "No, only about people who have died",
    );
    expect(answer("mitigation.highRiskNoLongerLikely")).toBe("No");
    // Availability questions do not apply to a confidentiality breach.
    expect(rows.some((row) => row.field.startsWith("availability."))).toBe(false);
  });

  it("marks the assumed answers, and counts them in the note above the facts", () => {
    const rows = factRows(en, imaging, ["facts.encryption", "facts.confidentiality.exfiltration", "facts.availability.backup", "awareAt"]);
    // Only questions shown are marked: availability does not apply here, and times are not breach facts.
    expect(rows.filter((row) => row.assumed).map((row) => row.field)).toEqual(["encryption", "confidentiality.exfiltration"]);
    expect(factRows(en, imaging).some((row) => row.assumed)).toBe(false);
    expect(assumedNote(3)).toBe("3 answers are the cautious default: confirm or correct them.");
    expect(assumedNote(1)).toBe("1 answer is the cautious default: confirm or correct it.");
    expect(assumedNote(0)).toBeNull();
  });

  it("says what is not known yet", () => {
    const rows = factRows(en, { breachTypes: ["availability"] });
    expect(rows.find((row) => row.field === "subjects.count")?.answer).toBe("Not known yet");
    expect(rows.find((row) => row.field === "availability.restoredWithinHours")?.answer).toBe("Not restored yet");
    expect(rows.find((row) => row.field === "role")?.answer).toBe("Not answered yet");
  });

  it("rewrites the schema's field names into the form's words", () => {
    expect(problemInWords(en, "must not be before occurredAt (when the breach began)")).toBe("must not be before when it happened");
    expect(problemInWords(en, "is required when awareAt is more than 1 hour after discoveredAt: say what was checked in between")).toBe(
      "is required when you became aware more than 1 hour after the discovery: say what was checked in between",
    );
  });
});

describe("the wizard's steps", () => {
  it("asks the details of each kind of breach only when it applies", () => {
    const nature = INTAKE_STEPS.find((step) => step.id === "data")!;
    expect(fieldsOf(nature, ["confidentiality"])).toContain("facts.confidentiality.recipients");
    expect(fieldsOf(nature, ["confidentiality"])).not.toContain("facts.availability.backup");
    expect(fieldsOf(nature, ["availability"])).toEqual(
      expect.arrayContaining(["facts.availability.backup", "facts.availability.restoredWithinHours"]),
    );
  });

  it("keeps the rarer facts off the simple path: folded, pre-filled, or asked only for their kind of breach", () => {
    const nature = INTAKE_STEPS.find((step) => step.id === "data")!;
    const open = (types: string[]) => questionsOf(nature, types).map((question) => question.field);
    expect(open(["confidentiality"])).toEqual([
      "breachTypes",
      "confidentiality.recipients",
      "cause",
      "dataCategories",
      "subjects.categories",
      "subjects.count",
    ]);
    expect(optionalOf(nature, ["confidentiality"]).map((question) => question.field)).toEqual([
      "records",
      "confidentiality.recipientCouldHarm",
      "scope",
    ]);
    expect(optionalOf(nature, ["availability"]).map((question) => question.field)).toEqual(["records", "scope"]);
    expect(prefilledOf(nature, ["confidentiality"]).map((question) => question.field)).toContain("confidentiality.access");
    expect(open(["availability"])).toContain("availability.careDisrupted");
    expect(open(["integrity"])).toContain("integrity.usedBeforeCorrection");
  });

  it("finds the step and the first field to focus for an error", () => {
    expect(INTAKE_STEPS[stepOfField("awareAt", [])]!.id).toBe("what");
    expect(INTAKE_STEPS[stepOfField("facts.subjects.count", [])]!.id).toBe("data");
    expect(INTAKE_STEPS[stepOfField("facts.confidentiality", ["confidentiality"])]!.id).toBe("data");
    // Pre-filled answers are asked together on the last question step, where their fold is.
    expect(INTAKE_STEPS[stepOfField("facts.encryption", [])]!.id).toBe("containment");
    expect(INTAKE_STEPS[stepOfField("facts.confidentiality.exfiltration", ["confidentiality"])]!.id).toBe("containment");
    const what = INTAKE_STEPS.find((step) => step.id === "what")!;
    expect(firstFieldWithError(fieldsOf(what, []), (field) => field === "awareAt" || field === "awarenessDelayReason")).toBe("awareAt");
  });

  it("reads the answers back on the review step", () => {
    const values = emptyIntakeValues("x");
    values.title = "Server";
    values.facts.breachTypes = ["confidentiality"];
    values.facts.confidentiality.recipients = "public";
    values.ongoing = "true";
    const sections = reviewSections(en, values);
    const row = (field: string) => sections.flatMap((section) => section.rows).find((candidate) => candidate.field === field);
    expect(row("title")?.value).toBe("Server");
    expect(row("facts.confidentiality.recipients")?.value).toBe("Anyone: it was on the internet or in a public place");
    expect(row("facts.cause")?.value).toBe("Not answered yet");
    expect(row("ongoing")?.value).toBe("Yes");
    expect(row("containedAt")).toBeUndefined();
    // Optional inputs left empty are left out; the pre-filled answers are read back in one row.
    expect(row("discoveryMethod")).toBeUndefined();
    expect(row("facts.records")).toBeUndefined();
    expect(row("facts.role")).toMatchObject({ label: "Pre-filled", value: expect.stringContaining("whose data it is: not answered yet") });
  });

  it("reads a new report's cautious answers back in a few words", () => {
    const values = newIntakeValues("x", "Europe/Paris", new Date("2026-11-24T09:30:00Z"));
    values.facts.breachTypes = ["confidentiality"];
    const prefilled = reviewSections(en, values)
      .flatMap((section) => section.rows)
      .find((candidate) => candidate.label === "Pre-filled");
    expect(prefilled?.value).toBe(
      "our own data; names or ID numbers in it; not encrypted (or paper); may have been seen; may have been " +
        "copied; not retrieved or deleted; serious harm still possible; each person can be contacted",
    );
  });
});

describe("the list's filters", () => {
  it("turns the GET form into the list query, ignoring junk", () => {
    expect(listQueryFromSearchParams({ state: "reported", q: " imag ", page: "2", organization: "lac" })).toEqual({
      state: ["reported"],
      search: "imag",
      organization: "lac",
      page: 2,
      pageSize: 20,
    });
    expect(listQueryFromSearchParams({ state: "bogus", page: "-3" })).toEqual({ page: 1, pageSize: 20 });
  });

  it("keeps the filters in the page links", () => {
    expect(pageHref({ state: "reported", q: "imag", page: "1" }, 2)).toBe("/incidents?state=reported&q=imag&page=2");
    expect(pageHref({}, 1)).toBe("/incidents");
  });
});

describe("the conflict panel", () => {
  it("shows what changed since, as it is now, in the form's words", () => {
    const rows = conflictRows(
      en,
      { timeZone: "Europe/Paris", facts: imaging, containment: "VPN only", awareAt: "2026-03-27T22:30:00.000Z", ongoing: false },
      ["containment", "awareAt", "ongoing"],
    );
    expect(rows).toEqual([
      { field: "containment", label: "What has been done to contain it", now: "VPN only" },
      { field: "awareAt", label: "When you became aware it involved personal data", now: "27 Mar 2026, 23:30 CET" },
      { field: "ongoing", label: "Is it still going on?", now: "No" },
    ]);
  });

  it("names the answers still assumed in words", () => {
    const rows = conflictRows(en, { timeZone: "Europe/Paris", facts: imaging, assumedFacts: ["facts.encryption", "awareAt"] }, [
      "assumedFacts",
    ]);
    expect(rows).toEqual([
      {
        field: "assumedFacts",
        label: "Answers assumed, not confirmed",
        now: "Encryption; When you became aware it involved personal data",
      },
    ]);
    expect(conflictRows(en, { timeZone: "Europe/Paris", facts: imaging, assumedFacts: [] }, ["assumedFacts"])[0]!.now).toBe(
      "none: every answer is confirmed",
    );
  });
});

describe("downloads and uploads", () => {
  it("always downloads, with a safe ASCII name and the exact UTF-8 name", () => {
    expect(contentDisposition("lettre-patient é.pdf")).toBe(
      `attachment; filename="lettre-patient _.pdf"; filename*=UTF-8''lettre-patient%20%C3%A9.pdf`,
    );
    expect(contentDisposition('a"b.txt')).toBe(`attachment; filename="a_b.txt"; filename*=UTF-8''a%22b.txt`);
  });

  it("accepts uploads only from the site's own pages", () => {
    expect(isSameOrigin("http://127.0.0.1:3000", "127.0.0.1:3000")).toBe(true);
    expect(isSameOrigin("https://evil.example", "127.0.0.1:3000")).toBe(false);
    expect(isSameOrigin(null, "127.0.0.1:3000")).toBe(false);
  });
});
