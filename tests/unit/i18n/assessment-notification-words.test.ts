import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { basisWords, decisionWords, DECISIONS, exemptionWords, reasonWords, riskWords } from "@/components/assessment/assessment-words";
import { filingChannelLabel, filingKindLabel } from "@/components/notification/filing-labels";
import {
  DETAIL_QUESTIONS,
  hintOf,
  OPTION_WORDS,
  optionsOf,
  questionOf,
  referenceOf,
  type DetailQuestionKey,
} from "@/components/notification/notification-details-questions";
import { TEMPLATE_QUESTIONS } from "@/lib/domain/notification/edpb-template-questions";
import { BASIS } from "@/lib/domain/risk/basis";
import { EXEMPTIONS, RISK_LEVELS, SEVERITY_BANDS } from "@/lib/domain/risk/types";
import { messagesOf } from "@/lib/i18n/catalogue";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { FILING_CHANNELS, FILING_KINDS } from "@/lib/schemas/filing";

/*
 * The DPO reads the risk method's reasons and the notification questions in the interface language while
 * lib/domain stays English (the API's and the CLI's answers). Read from the sources and the domain's lists, so a
 * new reason, citation, question or template option without its words in every language fails here.
 */
const root = path.resolve(import.meta.dirname, "../../..");
const OTHER_LOCALES = LOCALES.filter((locale) => locale !== "en");
const assessmentT = (locale: Locale) => createTranslator({ locale, messages: messagesOf(locale), namespace: "assessment" });
const notificationT = (locale: Locale) => createTranslator({ locale, messages: messagesOf(locale), namespace: "notification" });
const SENTINEL = "An English explanation the reader must not see";

/** Every factor lib/domain/risk can give a reason with (as tests/unit/notification/document-language.test.ts reads them). */
function riskFactors(): string[] {
  const dir = path.join(root, "lib/domain/risk");
  const factors = new Set<string>(EXEMPTIONS);
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
    const text = readFileSync(path.join(dir, file), "utf8");
    for (const match of text.matchAll(/factor: "([a-z0-9_]+)"|\bcb\("([a-z0-9_]+)"/g)) factors.add((match[1] ?? match[2])!);
  }
  return [...factors].sort();
}

/** The citations written straight into a reason (not through BASIS), e.g. "GDPR Art. 33(5)". */
function literalCitations(): string[] {
  const dir = path.join(root, "lib/domain/risk");
  const citations = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts") && name !== "basis.ts")) {
    const text = readFileSync(path.join(dir, file), "utf8");
    for (const match of text.matchAll(/basis: [^\n]*?((?:GDPR|EDPB|ENISA)[^`";$]*)/g)) citations.add(match[1]!.trim());
  }
  return [...citations];
}

describe("the assessment in the reader's language", () => {
  it("finds the risk module's factors (the source scan still works)", () => {
    expect(riskFactors().length).toBeGreaterThan(40);
    expect(riskFactors()).toContain("special_category_data");
  });

  it.each(OTHER_LOCALES)("%s words every factor the risk module can give, never its English explanation", (locale) => {
    const untranslated = riskFactors().filter((factor) => {
      const words = reasonWords(locale, { factor, explanation: SENTINEL });
      return words === SENTINEL || !words.trim();
    });
    expect(untranslated).toEqual([]);
  });

  it("keeps the risk module's own explanation for English readers", () => {
    expect(reasonWords("en", { factor: "special_category_data", explanation: SENTINEL })).toBe(SENTINEL);
  });

  it.each(OTHER_LOCALES)("%s words every citation a reason can give", (locale) => {
    const t = assessmentT(locale);
    const english = assessmentT("en");
    const citations = [...Object.values(BASIS), ...literalCitations()];
    expect(literalCitations()).toContain("GDPR Art. 33(5)");
    const untranslated = citations.filter((citation) => basisWords(t, citation) === citation);
    expect(untranslated).toEqual([]);
    // English readers read the citation as the risk module writes it.
    for (const citation of citations) expect(basisWords(english, citation)).toBe(citation);
    expect(basisWords(t, `${BASIS.art9}; ${BASIS.art10}`)).toBe(`${basisWords(t, BASIS.art9)}; ${basisWords(t, BASIS.art10)}`);
  });

  it.each(LOCALES)("%s words every risk level, decision, exemption, severity band, effect and duty", (locale) => {
    const t = assessmentT(locale);
    const messages = messagesOf(locale).assessment;
    for (const level of RISK_LEVELS) expect(riskWords(t, level), level).not.toBe(level);
    for (const decision of DECISIONS) expect(decisionWords(t, decision), decision).not.toBe(decision);
    for (const exemption of EXEMPTIONS) expect(exemptionWords(t, exemption), exemption).not.toBe(exemption);
    for (const band of SEVERITY_BANDS) expect(messages.bands[band], band).toBeTruthy();
    for (const effect of ["raises", "lowers", "neutral"] as const) expect(messages.effects[effect], effect).toBeTruthy();
    for (const duty of ["notify_controller", "notify_authority", "communicate_subjects", "public_communication"] as const)
      expect(messages.duties[duty], duty).toBeTruthy();
  });
});

describe("the notification details in the reader's language", () => {
  const keys = Object.keys(DETAIL_QUESTIONS) as DetailQuestionKey[];
  const english = notificationT("en");

  it.each(OTHER_LOCALES)("%s asks every question, with a hint wherever English has one, and its own reference", (locale) => {
    const t = notificationT(locale);
    for (const key of keys) {
      expect(questionOf(key, t), key).not.toBe(questionOf(key, english));
      expect(hintOf(key, t) === undefined, key).toBe(hintOf(key, english) === undefined);
      if (hintOf(key, english)) expect(hintOf(key, t), key).not.toBe(hintOf(key, english));
      expect(referenceOf(key, t), key).not.toBe(referenceOf(key, english));
    }
  });

  it.each(LOCALES)("%s labels every option of the EDPB template questions the form offers", (locale) => {
    const messages = messagesOf(locale).notification.templateOptions as Record<string, Record<string, string>>;
    for (const [templateId, words] of Object.entries(OPTION_WORDS)) {
      const options = TEMPLATE_QUESTIONS.find((question) => question.id === templateId)?.options ?? [];
      expect(options.length, templateId).toBeGreaterThan(0);
      for (const option of options) expect(messages[words]?.[option.value], `${templateId} ${option.value}`).toBeTruthy();
      const labels = optionsOf(templateId as keyof typeof OPTION_WORDS, notificationT(locale)).map((option) => option.label);
      expect(labels).toEqual(options.map((option) => messages[words]![option.value]));
    }
  });

  it.each(LOCALES)("%s words every filing kind and channel", (locale) => {
    const t = notificationT(locale);
    for (const kind of FILING_KINDS) expect(filingKindLabel(t, kind), kind).toBe(messagesOf(locale).notification.filingKinds[kind]);
    for (const channel of FILING_CHANNELS)
      expect(filingChannelLabel(t, channel), channel).toBe(messagesOf(locale).notification.filingChannels[channel]);
  });

  it("keeps the English questions and references the existing forms and tests read", () => {
    expect(questionOf("incidentType")).toBe("What kind of incident was it?");
    expect(referenceOf("protectionMeasures")).toBe("EDPB template 3.5; GDPR Art. 32");
  });
});
