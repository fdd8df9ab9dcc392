import { describe, expect, it } from "vitest";
import {
  DETAIL_QUESTIONS,
  referenceOf,
  stillNeeded,
  type DetailQuestionKey,
} from "@/components/notification/notification-details-questions";
import {
  detailsFormSchema,
  detailsFromValues,
  valuesFromDetails,
  type DetailsFormValues,
} from "@/components/notification/notification-details-values";
import { TEMPLATE_QUESTIONS } from "@/lib/domain/notification/edpb-template-questions";
import { EMPTY_NOTIFICATION_DETAILS, notificationDetailsSchema, type NotificationDetails } from "@/lib/schemas/notification-details";

const filled: NotificationDetails = notificationDetailsSchema.parse({
  reporter: { name: "Seán Kelly", email: "sean@solicitors.example", role: "legal_representative" },
  discoveredBy: "data_subject",
  incidentType: "sent_by_mistake",
  causeOrigin: "internal",
  systemsInvolved: "Practice e-mail",
  protectionMeasures: ["policies"],
  measuresInPlace: "A written procedure for sending results.",
  otherParties: [],
  reportedToPolice: false,
  otherAuthoritiesTold: false,
  likelyConsequences: "A neighbour read a patient's lab results.",
  preventionMeasures: ["process_change", "training"],
  measuresProposed: "Results only through the patient portal.",
  crossBorder: false,
  communicationPlannedFor: "2026-04-02",
});

const problemsOf = (values: DetailsFormValues) => {
  const parsed = detailsFormSchema.safeParse(values);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("the notification-details form values", () => {
  it("round-trip: the form shows what was saved and saves it back unchanged", () => {
    for (const details of [filled, EMPTY_NOTIFICATION_DETAILS]) {
      expect(notificationDetailsSchema.parse(detailsFromValues(valuesFromDetails(details)))).toEqual(details);
      expect(detailsFormSchema.parse(valuesFromDetails(details))).toEqual(details);
    }
  });

  it("drops the answers another answer hides", () => {
    const values = valuesFromDetails(filled);
    values.filedBy = "contact";
    values.otherPartiesInvolved = "no";
    values.otherParties = [{ name: "Typed then abandoned", role: "processor", contact: "" }];
    values.otherAuthoritiesNotified = "Typed before answering no";
    expect(detailsFromValues(values)).toMatchObject({ reporter: null, otherParties: [], otherAuthoritiesNotified: null });
    values.otherPartiesInvolved = "";
    expect(detailsFromValues(values).otherParties).toBeNull();
  });

  it("reads radio groups nobody answered as not recorded", () => {
    const values = {
      ...valuesFromDetails(EMPTY_NOTIFICATION_DETAILS),
      discoveredBy: null,
      crossBorder: null,
    } as unknown as DetailsFormValues;
    expect(detailsFormSchema.parse(values)).toMatchObject({ discoveredBy: null, crossBorder: null });
  });

  it("puts each problem on the input that holds it", () => {
    const values = valuesFromDetails(EMPTY_NOTIFICATION_DETAILS);
    values.filedBy = "someone_else";
    values.otherPartiesInvolved = "yes";
    expect(values.otherParties).toHaveLength(1);
    expect(problemsOf(values)).toEqual({
      "reporter.name": "is required",
      "reporter.email": "give an e-mail address or a phone number",
      "reporter.role": "must be one of: dpo, legal_representative, other",
      "otherParties.0.name": "is required",
      "otherParties.0.role": "is required",
    });
  });

  it("names beside each question the template section and the GDPR article it answers", () => {
    expect(referenceOf("systemsInvolved")).toBe("EDPB template 3.2");
    expect(referenceOf("protectionMeasures")).toBe("EDPB template 3.5; GDPR Art. 32");
    expect(referenceOf("crossBorder")).toBe("EDPB template 6.2; GDPR Art. 56");
    const ids = new Set(TEMPLATE_QUESTIONS.map((question) => question.id));
    for (const key of Object.keys(DETAIL_QUESTIONS) as DetailQuestionKey[]) {
      for (const id of DETAIL_QUESTIONS[key].templateIds) expect(ids.has(id), `${key} -> ${id}`).toBe(true);
    }
    expect(stillNeeded("incidentType", new Set(["nature.incidentType"]))).toBe(true);
    expect(stillNeeded("incidentType", new Set(["nature.systems"]))).toBe(false);
  });
});
