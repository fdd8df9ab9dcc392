import { describe, expect, it } from "vitest";
import { answerTemplate, unresolvedQuestionIds } from "@/lib/domain/notification/edpb-template-answers";
import { TEMPLATE_QUESTIONS } from "@/lib/domain/notification/edpb-template-questions";
import { NOTIFICATION_SECTIONS } from "@/lib/domain/notification/sections";
import { ON_TIME, completeIncident } from "./complete-incident";

const valueOf = (answers: ReturnType<typeof answerTemplate>, id: string) =>
  answers.answers.find((answer) => answer.questionId === id)?.value;

describe("EDPB template model", () => {
  it("has unique question ids, a resolver for each, and covers every section", () => {
    const ids = TEMPLATE_QUESTIONS.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(unresolvedQuestionIds()).toEqual([]);
    const sections = new Set(TEMPLATE_QUESTIONS.map((question) => question.section));
    expect([...sections].sort()).toEqual([...NOTIFICATION_SECTIONS].sort());
  });

  it("gives choice questions their options", () => {
    for (const question of TEMPLATE_QUESTIONS) {
      if (question.answerType === "single_choice" || question.answerType === "multi_choice") {
        expect(question.options?.length, question.id).toBeGreaterThan(0);
      }
    }
  });
});

describe("answerTemplate", () => {
  it("answers every question of a complete incident or says why not", () => {
    const answers = answerTemplate(completeIncident(), ON_TIME);
    const accounted = [
      ...answers.answers.map((answer) => answer.questionId),
      ...answers.missing.map((item) => item.questionId),
      ...answers.notApplicable,
      ...answers.notProvided,
    ];
    expect(accounted.sort()).toEqual(TEMPLATE_QUESTIONS.map((question) => question.id).sort());
    expect(answers.missing).toEqual([]);
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
    expect(valueOf(answers, "consequences.riskOutcome")).toBe("high_risk");
    expect(valueOf(answers, "communication.means")).toBe("individual");
    expect(answers.notApplicable).toContain("nature.integrityType");
    expect(answers.notApplicable).toContain("timeline.lateReasons");
  });

  it("flags answers Breachdesk inferred", () => {
    const answers = answerTemplate(completeIncident(), ON_TIME);
    const severity = answers.answers.find((answer) => answer.questionId === "consequences.severity");
    expect(severity).toMatchObject({ value: "severe", derived: true });
    const name = answers.answers.find((answer) => answer.questionId === "controller.name");
    expect(name).toMatchObject({ value: "Cabinet médical des Lilas", derived: false });
  });

  it("lists unknown answers as missing instead of inventing them", () => {
    const input = completeIncident();
    input.incident.facts = { ...input.incident.facts, subjects: { categories: ["patients"] } };
    input.incident.incidentType = null;
    const answers = answerTemplate(input, ON_TIME);
    expect(answers.missing.map((item) => item.questionId).sort()).toEqual(
      ["nature.incidentType", "people.count", "people.countPrecision"].sort(),
    );
    expect(valueOf(answers, "notification.subtype")).toBe("incomplete");
  });
});
