import { describe, expect, it } from "vitest";
import { FACT_GAPS, answerTemplate, type TemplateAnswers } from "@/lib/domain/notification/edpb-template-answers";
import { TEMPLATE_QUESTIONS } from "@/lib/domain/notification/edpb-template-questions";
import type { NotificationInput } from "@/lib/domain/notification/types";
import { ON_TIME, completeIncident } from "./complete-incident";

const valueOf = (answers: TemplateAnswers, id: string) => answers.answers.find((answer) => answer.questionId === id)?.value;
const missingIds = (answers: TemplateAnswers, filter: (gap: string | null) => boolean = () => true) =>
  answers.missing
    .filter((item) => filter(item.gap))
    .map((item) => item.questionId)
    .sort();
const gapOf = (answers: TemplateAnswers, id: string) => answers.missing.find((item) => item.questionId === id)?.gap;

/** A UK practice (outside the EEA) with an integrity and availability breach, told people by another channel. */
function outsideEeaIncident(): NotificationInput {
  const input = completeIncident();
  input.organisation.country = "GB";
  input.organisation.contactPoint = { name: "Sam Jones", email: "sam@surgery.example", isDpo: false };
  input.reporter = { name: "Ann Lee", email: "ann@surgery.example", role: "other" };
  input.incident.facts = {
    ...input.incident.facts,
    breachTypes: ["integrity", "availability"],
    confidentiality: null,
    integrity: { recoverable: true },
    availability: { backup: true, restoredWithinHours: 6, permanentLoss: false },
  };
  input.communication = { status: "sent", sentAt: "2026-03-29T09:00:00.000Z", channel: "other", allInformed: false };
  return input;
}

describe("answerTemplate", () => {
  it("puts every question in exactly one of answers, missing and not applicable", () => {
    for (const input of [completeIncident(), outsideEeaIncident()]) {
      const answers = answerTemplate(input, ON_TIME);
      const accounted = [
        ...answers.answers.map((answer) => answer.questionId),
        ...answers.missing.map((item) => item.questionId),
        ...answers.notApplicable,
      ];
      expect(accounted.slice().sort()).toEqual(TEMPLATE_QUESTIONS.map((question) => question.id).sort());
      expect(answers.coverage).toEqual({
        questions: 100,
        answered: answers.answers.length,
        missing: answers.missing.length,
        missingRequired: answers.missing.filter((item) => item.required).length,
        notApplicable: answers.notApplicable.length,
      });
    }
  });

  it("lacks, for a fully documented incident, only the facts Breachdesk has no place for, each with its reason", () => {
    const answers = answerTemplate(completeIncident(), ON_TIME);
    expect(missingIds(answers, (gap) => gap === null)).toEqual([]);
    expect(missingIds(answers)).toEqual(
      [
        "attachments.kinds",
        "controller.economicActivity",
        "controller.identifierType",
        "controller.organisationType",
        "controller.sector",
        "reporter.accuracyDeclaration",
        "reporter.nationalId",
        "timeline.datesEstimated",
        "timeline.toldByOtherPartyOn",
      ].sort(),
    );
    for (const item of answers.missing) expect(item.reason).toBe(FACT_GAPS[item.gap as keyof typeof FACT_GAPS]);
    // The processor found it, so the template asks when it told the practice: a required answer Breachdesk lacks.
    expect(answers.missing.filter((item) => item.required).map((item) => item.questionId)).toEqual(["timeline.toldByOtherPartyOn"]);
  });

  it("maps the facts onto the template's options", () => {
    const answers = answerTemplate(completeIncident(), ON_TIME);
    expect(valueOf(answers, "notification.type")).toBe("new");
    expect(valueOf(answers, "notification.subtype")).toBe("complete");
    expect(valueOf(answers, "people.categories")).toEqual(["patients"]);
    expect(valueOf(answers, "people.count")).toBe(5300);
    expect(valueOf(answers, "data.types")).toEqual(["basic", "contact", "health"]);
    expect(valueOf(answers, "nature.cause")).toBe("external_malicious");
    expect(valueOf(answers, "nature.confidentialityType")).toBe("disclosed");
    expect(valueOf(answers, "timeline.when")).toBe("period");
    expect(valueOf(answers, "timeline.comments")).toBe("Discovered on 27 Mar 2026, 22:45 CET. Contained on 28 Mar 2026, 09:00 CET.");
    expect(valueOf(answers, "contact.source")).toBe("dpo");
    expect(valueOf(answers, "otherParties.roles")).toBe("RDV Santé SAS: processor");
    expect(valueOf(answers, "otherParties.contacts")).toBe("RDV Santé SAS: securite@rdv-sante.example");
    expect(valueOf(answers, "consequences.riskOutcome")).toBe("high_risk");
    expect(valueOf(answers, "consequences.otherImpact")).toBe(
      "Patients' health information may be known to anyone who downloaded the file.",
    );
    expect(valueOf(answers, "communication.allInformed")).toBe("all");
    expect(valueOf(answers, "communication.means")).toBe("individual");
    expect(valueOf(answers, "other.police")).toBe("yes");
    expect(valueOf(answers, "other.otherAuthorities")).toBe("yes");
    expect(valueOf(answers, "crossBorder.involved")).toBe("no");
    expect(answers.notApplicable).toEqual(
      expect.arrayContaining([
        "nature.integrityType",
        "timeline.lateReasons",
        "crossBorder.leadAuthority",
        "outsideEea.gdprApplies",
        "controller.eeaRepresentative",
      ]),
    );
  });

  it("flags answers Breachdesk inferred", () => {
    const answers = answerTemplate(completeIncident(), ON_TIME);
    expect(answers.answers.find((answer) => answer.questionId === "consequences.severity")).toMatchObject({
      value: "severe",
      derived: true,
    });
    expect(answers.answers.find((answer) => answer.questionId === "controller.name")).toMatchObject({
      value: "Cabinet médical des Lilas",
      derived: false,
      edpbField: 12,
      edpbSection: "2.1",
    });
  });

  it("lists unknown answers as missing instead of inventing them", () => {
    const input = completeIncident();
    input.incident.facts = { ...input.incident.facts, subjects: { categories: ["patients"] } };
    input.incident.incidentType = null;
    const answers = answerTemplate(input, ON_TIME);
    expect(missingIds(answers, (gap) => gap === null)).toEqual(["nature.incidentType", "people.count", "people.countPrecision"]);
    expect(answers.missing.find((item) => item.questionId === "people.count")).toMatchObject({
      required: true,
      reason: "Not recorded for this incident yet.",
    });
    expect(valueOf(answers, "notification.subtype")).toBe("incomplete");
  });

  it("follows the template's branches for an organisation outside the EEA", () => {
    const answers = answerTemplate(outsideEeaIncident(), ON_TIME);
    expect(gapOf(answers, "controller.eeaRepresentative")).toBe("eeaRepresentative");
    expect(gapOf(answers, "outsideEea.gdprApplies")).toBe("gdprScopeOutsideEea");
    expect(answers.notApplicable).toEqual(
      expect.arrayContaining(["crossBorder.involved", "crossBorder.authoritiesNotified", "nature.confidentialityType"]),
    );
    expect(gapOf(answers, "nature.integrityType")).toBe("integrityMisuse");
    expect(valueOf(answers, "nature.availabilityType")).toBe("temporary");
    expect(valueOf(answers, "communication.means")).toBe("other");
    expect(valueOf(answers, "communication.allInformed")).toBe("not_all");
    expect(gapOf(answers, "communication.notAllInformedReasons")).toBe("notAllInformedReasons");
    expect(valueOf(answers, "contact.source")).toBe("other");
    expect(gapOf(answers, "contact.function")).toBe("contactFunction");
    expect(gapOf(answers, "reporter.functionDescription")).toBe("reporterFunction");
  });

  it("asks for a planned date only when one is set", () => {
    const input = completeIncident();
    input.communication = { status: "planned" };
    const undated = answerTemplate(input, ON_TIME);
    expect(valueOf(undated, "communication.status")).toBe("planned_date_unknown");
    expect(undated.notApplicable).toContain("communication.plannedDate");
    input.communication = { status: "planned", plannedFor: "2026-04-02" };
    const dated = answerTemplate(input, ON_TIME);
    expect(valueOf(dated, "communication.status")).toBe("planned");
    expect(valueOf(dated, "communication.plannedDate")).toBe("2026-04-02");
  });

  it("takes the protection and prevention measures the practice ticked, and flags what Breachdesk added", () => {
    const input = completeIncident();
    input.incident.preventionMeasures = null;
    const before = answerTemplate(input, ON_TIME);
    // Only descriptions: each can only be "other", which Breachdesk infers.
    expect(before.answers.find((answer) => answer.questionId === "protection.measures")).toMatchObject({ value: ["other"], derived: true });
    expect(before.answers.find((answer) => answer.questionId === "measures.prevention")).toMatchObject({ value: ["other"], derived: true });

    input.incident.protectionMeasures = ["logical_access_control", "backup"];
    input.incident.preventionMeasures = ["encryption", "audits"];
    const ticked = answerTemplate(input, ON_TIME);
    expect(ticked.answers.find((answer) => answer.questionId === "protection.measures")).toMatchObject({
      value: ["logical_access_control", "backup"],
      derived: false,
    });
    expect(ticked.answers.find((answer) => answer.questionId === "measures.prevention")).toMatchObject({
      value: ["encryption", "audits"],
      derived: false,
    });

    // Encryption recorded in the facts is added to what was ticked, and the answer says it was inferred.
    input.incident.facts = { ...input.incident.facts, encryption: "weak" };
    expect(answerTemplate(input, ON_TIME).answers.find((answer) => answer.questionId === "protection.measures")).toMatchObject({
      value: ["logical_access_control", "backup", "encryption"],
      derived: true,
    });
  });

  it("answers 'no other authority' once the practice says so, and asks for the details once it says yes", () => {
    const input = completeIncident();
    input.incident.reportedToPolice = false;
    input.incident.otherAuthoritiesNotified = null;
    expect(missingIds(answerTemplate(input, ON_TIME), (gap) => gap === null)).toEqual(["other.otherAuthorities"]);
    input.incident.otherAuthoritiesTold = false;
    const none = answerTemplate(input, ON_TIME);
    expect(valueOf(none, "other.otherAuthorities")).toBe("no");
    expect(none.notApplicable).toContain("other.otherAuthoritiesDetails");
    input.incident.otherAuthoritiesTold = true;
    const told = answerTemplate(input, ON_TIME);
    expect(valueOf(told, "other.otherAuthorities")).toBe("yes");
    expect(missingIds(told, (gap) => gap === null)).toEqual(["other.otherAuthoritiesDetails"]);
  });

  it("reaches every fact gap it reports, so the list of facts to add has no dead entry", () => {
    const crossBorder = completeIncident();
    crossBorder.incident.crossBorder = { involved: true, leadAuthority: "cnil" };
    const seen = new Set(
      [completeIncident(), outsideEeaIncident(), crossBorder].flatMap((input) =>
        answerTemplate(input, ON_TIME).missing.flatMap((item) => (item.gap ? [item.gap] : [])),
      ),
    );
    expect([...seen].sort()).toEqual(Object.keys(FACT_GAPS).sort());
  });
});
