import { describe, expect, it } from "vitest";
import { answerTemplate } from "@/lib/domain/notification/edpb-template-answers";
import type { BreachFactsDraft } from "@/lib/domain/notification/types";
import { ON_TIME, completeIncident } from "./complete-incident";

/* Rows 56 and 58 of the EDPB template answered from the facts exactly, never from the recipients alone. */
function answerFor(facts: Partial<BreachFactsDraft>) {
  const input = completeIncident();
  input.incident.facts = { ...input.incident.facts, ...facts };
  const answers = answerTemplate(input, ON_TIME);
  return (id: string) => answers.answers.find((answer) => answer.questionId === id)?.value;
}

describe("row 56: were the data taken or disclosed?", () => {
  it.each([
    [{ recipients: "public", exfiltration: "ruled_out", access: "ruled_out" }, "not_disclosed"],
    [{ recipients: "public", exfiltration: "ruled_out" }, "likely_disclosed"],
    [{ recipients: "public", exfiltration: "confirmed" }, "disclosed"],
    [{ recipients: "known_trusted", exfiltration: "ruled_out", access: "confirmed" }, "disclosed"],
    [{ recipients: "known_untrusted", exfiltration: "unknown", access: "unknown" }, "likely_disclosed"],
    [{ recipients: "unknown", exfiltration: "unknown" }, "cannot_assess"],
    [{ recipients: "unknown", exfiltration: "ruled_out", access: "ruled_out" }, "not_disclosed"],
  ] as const)("%j -> %s", (confidentiality, expected) => {
    expect(answerFor({ confidentiality })("nature.confidentialityType")).toBe(expected);
  });
});

describe("row 58: what happened to the altered data?", () => {
  const integrityBreach = (integrity: BreachFactsDraft["integrity"]) =>
    answerFor({ breachTypes: ["integrity"], confidentiality: null, integrity })("nature.integrityType");

  it("answers from whether the altered data was used before it was corrected", () => {
    expect(integrityBreach({ recoverable: true, usedBeforeCorrection: false })).toBe("altered_no_misuse");
    expect(integrityBreach({ recoverable: true, usedBeforeCorrection: true })).toBe("misused_reversible");
    expect(integrityBreach({ recoverable: false, usedBeforeCorrection: true })).toBe("misused_irreversible");
  });

  it("stays a gap while nobody has said whether the data was used", () => {
    const input = completeIncident();
    input.incident.facts = { ...input.incident.facts, breachTypes: ["integrity"], confidentiality: null, integrity: { recoverable: true } };
    const gap = answerTemplate(input, ON_TIME).missing.find((item) => item.questionId === "nature.integrityType");
    expect(gap?.gap).toBe("integrityMisuse");
  });
});
