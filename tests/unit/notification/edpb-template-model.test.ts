import { describe, expect, it } from "vitest";
import { orphanResolverIds, unresolvedQuestionIds } from "@/lib/domain/notification/edpb-template-answers";
import { EDPB_TEMPLATE_HEADINGS, EDPB_TEMPLATE_ROWS, TEMPLATE_QUESTIONS } from "@/lib/domain/notification/edpb-template-questions";
import { NOTIFICATION_SECTIONS } from "@/lib/domain/notification/sections";

/*
 * The template numbers its rows 1-126: 26 headings and 100 questions. Checking that headings and questions
 * together fill every row exactly once makes a dropped, duplicated or misnumbered question fail here.
 */
describe("EDPB template model", () => {
  it("has the template's 100 questions and 26 headings, filling rows 1-126 exactly once", () => {
    expect(TEMPLATE_QUESTIONS).toHaveLength(100);
    expect(EDPB_TEMPLATE_HEADINGS).toHaveLength(26);
    const rows = [
      ...EDPB_TEMPLATE_HEADINGS.map((heading) => heading.edpbField),
      ...TEMPLATE_QUESTIONS.map((question) => question.edpbField),
    ];
    expect(rows.slice().sort((a, b) => a - b)).toEqual(Array.from({ length: EDPB_TEMPLATE_ROWS }, (_, index) => index + 1));
  });

  it("keeps the template's order and puts each question under the heading that precedes it", () => {
    const fields = TEMPLATE_QUESTIONS.map((question) => question.edpbField);
    expect(fields).toEqual(fields.slice().sort((a, b) => a - b));
    for (const question of TEMPLATE_QUESTIONS) {
      const heading = EDPB_TEMPLATE_HEADINGS.filter((candidate) => candidate.edpbField < question.edpbField).at(-1);
      expect(heading?.edpbSection, question.id).toBe(question.edpbSection);
    }
  });

  it("has unique ids, a resolver for each question and no resolver without a question", () => {
    const ids = TEMPLATE_QUESTIONS.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(unresolvedQuestionIds()).toEqual([]);
    expect(orphanResolverIds()).toEqual([]);
  });

  it("maps the template's sections onto every Breachdesk section", () => {
    const sections = new Set(TEMPLATE_QUESTIONS.map((question) => question.section));
    expect([...sections].sort()).toEqual([...NOTIFICATION_SECTIONS].sort());
    const sectionOf = (row: number) => TEMPLATE_QUESTIONS.find((question) => question.edpbField === row)?.section;
    expect(sectionOf(3)).toBe("notification_type");
    expect(sectionOf(41)).toBe("controller");
    expect(sectionOf(76)).toBe("nature");
    expect(sectionOf(90)).toBe("consequences");
    expect(sectionOf(92)).toBe("measures");
    expect(sectionOf(106)).toBe("communication");
    expect(sectionOf(126)).toBe("additional_information");
  });

  it("gives choice questions distinct options, as many as the template offers", () => {
    for (const question of TEMPLATE_QUESTIONS) {
      if (question.answerType === "single_choice" || question.answerType === "multi_choice") {
        const values = question.options?.map((option) => option.value) ?? [];
        expect(values.length, question.id).toBeGreaterThan(1);
        expect(new Set(values).size, question.id).toBe(values.length);
      }
    }
    const optionCount = (id: string) => TEMPLATE_QUESTIONS.find((question) => question.id === id)?.options?.length;
    expect(optionCount("nature.incidentType")).toBe(25);
    expect(optionCount("people.categories")).toBe(11);
    expect(optionCount("data.types")).toBe(21);
    expect(optionCount("protection.measures")).toBe(12);
    expect(optionCount("consequences.impact")).toBe(15);
    expect(optionCount("measures.prevention")).toBe(15);
    expect(optionCount("attachments.kinds")).toBe(10);
  });
});
