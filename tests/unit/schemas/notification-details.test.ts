import { describe, expect, it } from "vitest";
import { TEMPLATE_QUESTIONS } from "@/lib/domain/notification/edpb-template-questions";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import {
  CAUSE_ORIGINS,
  DISCOVERED_BY,
  EMPTY_NOTIFICATION_DETAILS,
  REPORTER_ROLES,
  notificationDetailsSchema,
  notificationDetailsUpdateSchema,
} from "@/lib/schemas/notification-details";

function problems(input: unknown): string[] {
  const parsed = notificationDetailsSchema.safeParse(input);
  return parsed.success ? [] : toFieldErrors(parsed.error).map((error) => `${error.field}: ${error.problem}`);
}

const optionValues = (id: string) => TEMPLATE_QUESTIONS.find((question) => question.id === id)?.options?.map((option) => option.value);

describe("the notification details input", () => {
  it("reads an empty body as nothing recorded: null answers and no ticked options", () => {
    expect(notificationDetailsSchema.parse({})).toEqual(EMPTY_NOTIFICATION_DETAILS);
    expect(EMPTY_NOTIFICATION_DETAILS).toMatchObject({
      reporter: null,
      otherParties: null,
      crossBorder: null,
      protectionMeasures: [],
      preventionMeasures: [],
    });
    // Blank text is not an answer; text is trimmed.
    expect(notificationDetailsSchema.parse({ systemsInvolved: "   ", measuresProposed: "  Train the team.  " })).toMatchObject({
      systemsInvolved: null,
      measuresProposed: "Train the team.",
    });
  });

  it("keeps an empty list of other parties ('none') apart from null ('not recorded')", () => {
    expect(notificationDetailsSchema.parse({ otherParties: [] }).otherParties).toEqual([]);
    expect(notificationDetailsSchema.parse({ otherParties: null }).otherParties).toBeNull();
  });

  it("names each wrong answer by its field, all at once", () => {
    expect(
      problems({
        discoveredBy: "the cleaner",
        incidentType: "alien_abduction",
        causeOrigin: "both",
        protectionMeasures: ["encryption", "encryption"],
        preventionMeasures: ["prayer"],
        reportedToPolice: "yes",
        otherParties: [{ name: "Clinic IT", role: "" }],
        communicationPlannedFor: "2026-02-30",
        systemsInvolved: "x".repeat(5001),
      }),
    ).toEqual([
      expect.stringMatching(/^discoveredBy: must be one of: controller, processor/),
      expect.stringMatching(/^incidentType: must be one of: employee_abuse_of_access, ransomware/),
      "causeOrigin: must be one of: internal, external",
      "systemsInvolved: must be at most 5000 characters",
      "protectionMeasures: lists the same option twice",
      "otherParties.0.role: is required",
      "reportedToPolice: must be true, false or null (not recorded)",
      expect.stringMatching(/^preventionMeasures\.0: must be one of: anonymisation, backup/),
      "communicationPlannedFor: must be a date such as 2026-04-02",
    ]);
  });

  it("needs a way to reach someone else who files, and a name and capacity", () => {
    expect(problems({ reporter: { name: "Seán Kelly", role: "legal_representative" } })).toEqual([
      "reporter.email: give an e-mail address or a phone number",
    ]);
    expect(problems({ reporter: { name: "Seán Kelly", phone: "+353 1 555 0199", role: "legal_representative" } })).toEqual([]);
    expect(problems({ reporter: { name: "", email: "not-an-address", role: "boss" } })).toEqual([
      "reporter.name: is required",
      "reporter.email: must be an e-mail address",
      "reporter.role: must be one of: dpo, legal_representative, other",
    ]);
  });

  it("refuses contradicting answers and unknown keys", () => {
    expect(problems({ otherAuthoritiesTold: false, otherAuthoritiesNotified: "NCSC" })).toEqual([
      "otherAuthoritiesNotified: must be empty when no other authority was told",
    ]);
    expect(problems({ otherAuthoritiesTold: true, otherAuthoritiesNotified: "NCSC" })).toEqual([]);
    // Reported together with any other problem, not only once the rest is valid.
    expect(problems({ otherAuthoritiesTold: false, otherAuthoritiesNotified: "NCSC", crossBorder: "no" })).toHaveLength(2);
    expect(problems({ crossborder: true })).toEqual(['(input): Unrecognized key: "crossborder"']);
    expect(problems(null)).toHaveLength(1);
  });

  it("needs the version read when saving", () => {
    const parsed = notificationDetailsUpdateSchema.safeParse({ incidentId: "i1", crossBorder: true });
    expect(parsed.success ? [] : toFieldErrors(parsed.error).map((error) => error.field)).toEqual(["version"]);
  });

  it("offers exactly the EDPB template's options where lib/domain names the values", () => {
    expect([...DISCOVERED_BY]).toEqual(optionValues("timeline.discoveredBy"));
    expect([...REPORTER_ROLES]).toEqual(optionValues("reporter.function"));
    // The template combines the origin with the cause ("external_malicious"): each origin is one of its prefixes.
    for (const origin of CAUSE_ORIGINS) expect(optionValues("nature.cause")).toContain(`${origin}_malicious`);
  });
});
