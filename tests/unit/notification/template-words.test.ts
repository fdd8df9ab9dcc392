import { describe, expect, it } from "vitest";
import { FACT_GAPS, answerTemplate } from "@/lib/domain/notification/edpb-template-answers";
import { TEMPLATE_QUESTIONS } from "@/lib/domain/notification/edpb-template-questions";
import { templateAnswersIn } from "@/lib/domain/notification/words/template-words";
import { TEMPLATE_WORDS_CS } from "@/lib/domain/notification/words/template-words-cs";
import { TEMPLATE_WORDS_DE } from "@/lib/domain/notification/words/template-words-de";
import { TEMPLATE_WORDS_FR } from "@/lib/domain/notification/words/template-words-fr";
import { ON_TIME, completeIncident } from "./complete-incident";
import { englishSentences } from "./english-sentences";

const LANGUAGES = [
  ["fr", TEMPLATE_WORDS_FR],
  ["cs", TEMPLATE_WORDS_CS],
  ["de", TEMPLATE_WORDS_DE],
] as const;

describe("the EDPB template's questions in the document's language (the packet's notification JSON)", () => {
  it.each(LANGUAGES)("%s words every question and every missing-answer reason, none left in English", (_, words) => {
    expect(Object.keys(words.questions).sort()).toEqual(TEMPLATE_QUESTIONS.map((question) => question.id).sort());
    expect(Object.keys(words.gaps).sort()).toEqual(Object.keys(FACT_GAPS).sort());
    const texts = [...Object.values(words.questions), ...Object.values(words.gaps), words.notRecorded];
    expect(texts.filter((text) => !text.trim())).toEqual([]);
    expect(texts.flatMap((text) => englishSentences(text))).toEqual([]);
    const english = new Set<string>([...TEMPLATE_QUESTIONS.map((question) => question.question), ...Object.values(FACT_GAPS)]);
    expect(texts.filter((text) => english.has(text))).toEqual([]);
  });

  it("keeps the JSON's keys, ids, values and counts; only the question and the reason change", () => {
    const english = answerTemplate(completeIncident(), ON_TIME);
    const french = templateAnswersIn(english, "fr");
    const shape = (answers: typeof english) => ({
      answers: answers.answers.map(({ question: _question, ...rest }) => rest),
      missing: answers.missing.map(({ question: _question, reason: _reason, ...rest }) => rest),
      notApplicable: answers.notApplicable,
      coverage: answers.coverage,
    });
    expect(shape(french)).toEqual(shape(english));
    expect(Object.keys(french)).toEqual(Object.keys(english));
    const awareness = french.answers.find((answer) => answer.questionId === "timeline.awareAt");
    expect(awareness?.question).toBe("Quand l’organisme a-t-il pris connaissance de la violation\u00a0?");
    for (const gap of french.missing) expect(gap.reason).toBe(gap.gap ? TEMPLATE_WORDS_FR.gaps[gap.gap] : TEMPLATE_WORDS_FR.notRecorded);
    expect(french.missing.length).toBeGreaterThan(0);
  });

  it("leaves English, and a language without words, as they are", () => {
    const english = answerTemplate(completeIncident(), ON_TIME);
    expect(templateAnswersIn(english, "en")).toBe(english);
    expect(templateAnswersIn(english, "es")).toBe(english);
  });
});
