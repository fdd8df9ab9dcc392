import { describe, expect, it } from "vitest";
import { intakeFormSchema } from "@/components/incidents/intake/intake-form-schema";
import {
  emptyIntakeValues,
  intakeFromValues,
  newIntakeValues,
  valuesFromIncident,
  type IntakeFormValues,
} from "@/components/incidents/intake/intake-values";
import { breachFactsSchema } from "@/lib/schemas/breach-facts";
import { EDIT_FORM_FIELDS } from "@/lib/schemas/incident-fields";

const NOW = new Date("2026-11-24T12:00:00Z");

/** The open imaging server, as the wizard's inputs hold it. */
function imagingServer(): IntakeFormValues {
  const values = emptyIntakeValues("imagerie-du-lac");
  return {
    ...values,
    title: "Image server reachable from the internet",
    description: "PACS server open for four months.",
    occurredAt: "2026-07-20T08:00",
    discoveredAt: "2026-11-23T09:00",
    awareAt: "2026-11-23T11:30",
    awarenessDelayReason: "The IT provider checked what the server held.",
    ongoing: "false",
    containedAt: "2026-11-23T12:00",
    facts: {
      ...values.facts,
      role: "controller",
      breachTypes: ["confidentiality"],
      cause: "accidental",
      dataCategories: ["identification", "health"],
      subjects: { count: "5300", categories: ["patients"] },
      records: "5300",
      identifiability: "direct",
      encryption: "none",
      confidentiality: { ...values.facts.confidentiality, recipients: "public", exfiltration: "unknown" },
      mitigation: { dataRetrievedOrDeleted: "false", highRiskNoLongerLikely: "false", individualContactDisproportionate: "false" },
    },
  };
}

describe("the intake form's fields", () => {
  it("are the edit form's fields of the one field list, with the practice and the untouched answers", () => {
    expect(Object.keys(emptyIntakeValues()).sort()).toEqual([...EDIT_FORM_FIELDS, "organization", "assumedFacts"].sort());
  });
});

describe("the intake form's values as the incident input", () => {
  it("converts times with their offset, counts to numbers and answers to booleans", () => {
    const { input, problems } = intakeFromValues(imagingServer(), "Europe/Paris", true);
    expect(problems).toEqual([]);
    expect(input.awareAt).toBe("2026-11-23T11:30:00+01:00");
    expect(input.occurredAt).toBe("2026-07-20T08:00:00+02:00");
    expect(input.ongoing).toBe(false);
    expect(breachFactsSchema.parse(input.facts)).toMatchObject({
      subjects: { count: 5300, categories: ["patients"] },
      records: 5300,
      availability: null,
      integrity: null,
    });
  });

  it("passes the strict schema used by the server", () => {
    const parsed = intakeFormSchema("Europe/Paris", true, { now: () => NOW }).safeParse(imagingServer());
    expect(parsed.success).toBe(true);
  });

  it("names each bad field: aware in the future, before the breach began, a negative count", () => {
    const values = imagingServer();
    values.awareAt = "2026-12-01T10:00";
    values.facts.subjects.count = "-5";
    const parsed = intakeFormSchema("Europe/Paris", true, { now: () => NOW }).safeParse(values);
    expect(parsed.success).toBe(false);
    const issues = parsed.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toContainEqual(["awareAt", "must not be in the future"]);
    expect(issues).toContainEqual(["facts.subjects.count", "must be 0 or more"]);

    const early = imagingServer();
    early.discoveredAt = "";
    early.awareAt = "2026-07-01T10:00";
    const before = intakeFormSchema("Europe/Paris", true, { now: () => NOW }).safeParse(early);
    expect(before.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toContainEqual([
      "awareAt",
      "must not be before occurredAt (when the breach began)",
    ]);
  });

  it("names a local time the DST change makes impossible, without a second 'is required' for it", () => {
    const values = imagingServer();
    values.occurredAt = "2026-03-29T02:30";
    const parsed = intakeFormSchema("Europe/Paris", true, { now: () => NOW }).safeParse(values);
    const onOccurred = parsed.error!.issues.filter((issue) => issue.path[0] === "occurredAt");
    expect(onOccurred).toHaveLength(1);
    expect(onOccurred[0]!.message).toMatch(/does not exist in Europe\/Paris/);
  });

  it("asks for the organisation when the person works for several", () => {
    const values = { ...imagingServer(), organization: "" };
    const parsed = intakeFormSchema("Europe/Paris", true, { now: () => NOW, organizationRequired: true }).safeParse(values);
    expect(parsed.error!.issues.map((issue) => issue.path.join("."))).toContain("organization");
  });

  // Issue 17: a half-answered detail left out of a draft came back empty when the draft was resumed.
  it("saves a partial draft: unanswered questions are left out, half-answered breach details are kept", () => {
    const values = emptyIntakeValues("imagerie-du-lac");
    values.title = "Server";
    values.awareAt = "2026-11-23T11:30";
    values.facts.breachTypes = ["confidentiality"];
    values.facts.confidentiality.recipients = "public";
    const { input } = intakeFromValues(values, "Europe/Paris", false);
    expect(input.facts).toEqual({
      breachTypes: ["confidentiality"],
      dataCategories: [],
      subjects: { categories: [] },
      records: null,
      confidentiality: { recipients: "public" },
      mitigation: {},
    });
    expect(intakeFormSchema("Europe/Paris", false, { now: () => NOW }).safeParse(values).success).toBe(true);
    // No breach type chosen yet: left out of the draft rather than refused.
    values.facts.breachTypes = [];
    expect(intakeFormSchema("Europe/Paris", false, { now: () => NOW }).safeParse(values).success).toBe(true);
  });

  it("opens a new report at now in the practice's zone, with the cautious answers filled in", () => {
    const values = newIntakeValues("cabinet-martin", "Europe/Paris", new Date("2026-11-24T09:30:40Z"));
    expect(values.awareAt).toBe("2026-11-24T10:30");
    expect(values.discoveredAt).toBe("2026-11-24T10:30");
    expect(values.occurredAt).toBe("");
    expect(values.facts).toMatchObject({
      role: "controller",
      identifiability: "direct",
      encryption: "none",
      subjects: { count: "", categories: ["patients"] },
      confidentiality: { recipients: "", exfiltration: "unknown", access: "unknown", recipientCouldHarm: "" },
      mitigation: { dataRetrievedOrDeleted: "false", highRiskNoLongerLikely: "false", individualContactDisproportionate: "false" },
    });
    // What only the manager knows still has to be answered: the strict schema names exactly that.
    const parsed = intakeFormSchema("Europe/Paris", true, { now: () => NOW }).safeParse({
      ...values,
      title: "Letter",
      description: "Sent to the wrong patient.",
    });
    expect(parsed.error!.issues.map((issue) => issue.path.join(".")).sort()).toEqual([
      "facts.breachTypes",
      "facts.cause",
      "facts.subjects.count",
    ]);
    // Once she has, the report is complete: the defaults fill every other fact of the contract.
    values.title = "Letter";
    values.description = "Lab results sent to the wrong patient.";
    values.facts.breachTypes = ["confidentiality"];
    values.facts.confidentiality.recipients = "known_untrusted";
    values.facts.cause = "accidental";
    values.facts.dataCategories = ["identification", "health"];
    values.facts.subjects.count = "1";
    const complete = intakeFormSchema("Europe/Paris", true, { now: () => NOW }).safeParse(values);
    expect(complete.success).toBe(true);
    expect(breachFactsSchema.parse(intakeFromValues(values, "Europe/Paris", true).input.facts)).toMatchObject({
      role: "controller",
      encryption: "none",
      records: null,
    });
  });

  it("sends the rarer answers only once given, and reads them back", () => {
    const values = imagingServer();
    expect(breachFactsSchema.parse(intakeFromValues(values, "Europe/Paris", true).input.facts)).not.toHaveProperty("scope");
    values.facts.scope = "deceased_only";
    values.facts.breachTypes = ["confidentiality", "availability", "integrity"];
    values.facts.confidentiality = {
      recipients: "known_untrusted",
      exfiltration: "ruled_out",
      access: "confirmed",
      recipientCouldHarm: "true",
    };
    values.facts.availability = { backup: "true", restoredWithinHours: "4", permanentLoss: "false", careDisrupted: "false" };
    values.facts.integrity = { recoverable: "true", usedBeforeCorrection: "true" };
    const facts = breachFactsSchema.parse(intakeFromValues(values, "Europe/Paris", true).input.facts);
    expect(facts).toMatchObject({
      scope: "deceased_only",
      confidentiality: { access: "confirmed", recipientCouldHarm: true },
      availability: { careDisrupted: false },
      integrity: { usedBeforeCorrection: true },
    });
    const back = valuesFromIncident({ ...emptyIncident(), facts });
    expect(back.facts.scope).toBe("deceased_only");
    expect(back.facts.confidentiality).toEqual(values.facts.confidentiality);
    expect(back.facts.availability).toEqual(values.facts.availability);
    expect(back.facts.integrity).toEqual(values.facts.integrity);
  });

  it("keeps a draft's details as far as they are answered, the required ones included or not", () => {
    const values = emptyIntakeValues("imagerie-du-lac");
    values.title = "Server";
    values.awareAt = "2026-11-23T11:30";
    values.facts.breachTypes = ["confidentiality"];
    values.facts.confidentiality.access = "unknown";
    values.facts.confidentiality.recipients = "public";
    expect(intakeFromValues(values, "Europe/Paris", false).input.facts?.confidentiality).toEqual({
      recipients: "public",
      access: "unknown",
    });
    expect(intakeFormSchema("Europe/Paris", false, { now: () => NOW }).safeParse(values).success).toBe(true);
    values.facts.confidentiality.exfiltration = "unknown";
    expect(intakeFromValues(values, "Europe/Paris", false).input.facts?.confidentiality).toEqual({
      recipients: "public",
      exfiltration: "unknown",
      access: "unknown",
    });
  });

  it("round-trips a saved incident back into the form", () => {
    const { input } = intakeFromValues(imagingServer(), "Europe/Paris", true);
    const parsedFacts = breachFactsSchema.parse(input.facts);
    const back = valuesFromIncident({
      organization: { slug: "imagerie-du-lac" },
      title: input.title,
      description: input.description ?? "",
      occurredAt: new Date(input.occurredAt!).toISOString(),
      discoveredAt: new Date(input.discoveredAt!).toISOString(),
      awareAt: new Date(input.awareAt!).toISOString(),
      timeZone: "Europe/Paris",
      awarenessDelayReason: input.awarenessDelayReason ?? null,
      discoveryMethod: null,
      containment: null,
      ongoing: false,
      containedAt: new Date(input.containedAt!).toISOString(),
      facts: parsedFacts,
    });
    expect(back).toEqual(imagingServer());
  });
});

function emptyIncident() {
  return {
    organization: { slug: "imagerie-du-lac" },
    title: "Server",
    description: "",
    occurredAt: null,
    discoveredAt: null,
    awareAt: "2026-11-23T10:30:00.000Z",
    timeZone: "Europe/Paris",
    awarenessDelayReason: null,
    discoveryMethod: null,
    containment: null,
    ongoing: false,
    containedAt: null,
  };
}

describe("the pre-filled answers sent as assumed", () => {
  it("starts a new report with every pre-filled answer assumed, and sends only those actually answered", () => {
    const values = newIntakeValues("cabinet-martin", "Europe/Paris", new Date("2026-11-24T09:30:40Z"));
    expect([...values.assumedFacts].sort()).toEqual(
      [
        "awareAt",
        "discoveredAt",
        "facts.role",
        "facts.identifiability",
        "facts.encryption",
        "facts.confidentiality.exfiltration",
        "facts.confidentiality.access",
        "facts.mitigation.dataRetrievedOrDeleted",
        "facts.mitigation.highRiskNoLongerLikely",
        "facts.mitigation.individualContactDisproportionate",
        "facts.subjects.categories",
      ].sort(),
    );
    values.title = "Letter";
    // A draft keeps the pre-filled "may have been copied" before the kind of breach is chosen, still assumed.
    expect(intakeFromValues(values, "Europe/Paris", false).input.assumedFacts).toContain("facts.confidentiality.exfiltration");
    // A report sends it only for a confidentiality breach, so only then is it assumed.
    values.facts.breachTypes = ["availability"];
    expect(intakeFromValues(values, "Europe/Paris", true).input.assumedFacts).not.toContain("facts.confidentiality.exfiltration");
    values.facts.breachTypes = ["confidentiality"];
    values.facts.confidentiality.recipients = "known_untrusted";
    const { input } = intakeFromValues(values, "Europe/Paris", false);
    expect(input.assumedFacts).toContain("facts.confidentiality.exfiltration");
    expect(input.assumedFacts).toContain("awareAt");
    // The list passes the same schema as the rest of the input.
    expect(intakeFormSchema("Europe/Paris", false, { now: () => NOW }).safeParse(values).success).toBe(true);
  });

  it("keeps a saved incident's assumed answers when it is loaded back into the form", () => {
    const values = valuesFromIncident({
      organization: { slug: "cabinet-martin" },
      title: "Letter",
      description: "",
      occurredAt: null,
      discoveredAt: null,
      awareAt: "2026-11-24T09:30:00.000Z",
      timeZone: "Europe/Paris",
      awarenessDelayReason: null,
      discoveryMethod: null,
      containment: null,
      ongoing: false,
      containedAt: null,
      facts: { encryption: "none" },
      assumedFacts: ["facts.encryption", "awareAt"],
    });
    expect(values.assumedFacts).toEqual(["facts.encryption", "awareAt"]);
    expect(intakeFromValues(values, "Europe/Paris", false).input.assumedFacts).toEqual(["facts.encryption", "awareAt"]);
  });
});
