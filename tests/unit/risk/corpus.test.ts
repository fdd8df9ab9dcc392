import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessBreach } from "@/lib/domain/risk";
import { breachFactsSchema } from "@/lib/schemas/breach-facts";

/**
 * Every scenario of tests/fixtures/risk-corpus: the expected decision was written from the guidance the
 * case cites, never from this implementation's output.
 */
interface CorpusCase {
  name: string;
  source: string;
  facts: unknown;
  expected: {
    riskLevel: "none" | "risk" | "high";
    notifyAuthority: boolean;
    communicateSubjects: boolean;
    publicCommunicationInstead: boolean;
    exemptions: string[];
    decidingFactors: string[];
    notifyController?: boolean;
    /** Reasons that must be given whatever their effect (a neutral explanation, such as why ENISA differs). */
    alsoExplains?: string[];
  };
}

const corpusDir = join(__dirname, "../../fixtures/risk-corpus");
const files = readdirSync(corpusDir)
  .filter((file) => file.endsWith(".json"))
  .sort();
const corpus = files.map((file) => ({
  file,
  data: JSON.parse(readFileSync(join(corpusDir, file), "utf8")) as CorpusCase,
}));

describe("risk corpus", () => {
  it("holds at least 70 scenarios, each with a name and a source", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(70);
    for (const { data } of corpus) {
      expect(data.name.length).toBeGreaterThan(10);
      expect(data.source.length).toBeGreaterThan(10);
      expect(data.expected.decidingFactors.length).toBeGreaterThan(0);
    }
  });

  it("covers every EDPB 01/2021 case type mapped onto the facts model", () => {
    const sources = corpus.map(({ data }) => data.source).join("\n");
    for (const n of ["01", "02", "03", "04", "06", "07", "08", "09", "10", "11", "12", "13", "14", "16", "17", "18"]) {
      expect(sources).toContain(`Case No. ${n}`);
    }
  });

  it("covers every rule of the legal review (issue 14) with at least three scenarios each", () => {
    const count = (prefix: string) => corpus.filter(({ file }) => file.startsWith(prefix)).length;
    for (const prefix of ["acc-", "del-", "vul-", "int-", "scope-", "care-", "enisa-", "proc-"])
      expect(count(prefix), prefix).toBeGreaterThanOrEqual(3);
  });

  describe.each(corpus)("$file", ({ data }) => {
    const facts = breachFactsSchema.parse(data.facts);
    const assessment = assessBreach(facts);

    it("is valid breach facts (contract section 3)", () => {
      expect(breachFactsSchema.safeParse(data.facts).success).toBe(true);
    });

    it("reaches the expected decision", () => {
      expect({
        riskLevel: assessment.riskLevel,
        notifyAuthority: assessment.notifyAuthority,
        communicateSubjects: assessment.communicateSubjects,
        publicCommunicationInstead: assessment.publicCommunicationInstead,
        exemptions: assessment.exemptions,
      }).toEqual({
        riskLevel: data.expected.riskLevel,
        notifyAuthority: data.expected.notifyAuthority,
        communicateSubjects: data.expected.communicateSubjects,
        publicCommunicationInstead: data.expected.publicCommunicationInstead,
        exemptions: data.expected.exemptions,
      });
      expect(assessment.notifyController).toBe(data.expected.notifyController ?? false);
    });

    it("names the deciding factors among its reasons, as raising or lowering", () => {
      for (const factor of data.expected.decidingFactors) {
        const reason = assessment.reasons.find((r) => r.factor === factor && r.effect !== "neutral");
        expect(reason, `reason "${factor}" (raises or lowers)`).toBeDefined();
      }
      for (const factor of data.expected.alsoExplains ?? []) {
        expect(
          assessment.reasons.map((r) => r.factor),
          `reason "${factor}"`,
        ).toContain(factor);
      }
    });
  });
});
