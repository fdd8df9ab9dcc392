import { describe, expect, it } from "vitest";
import { filingDeadline } from "@/lib/domain/deadlines";
import { authorityDeadline } from "@/lib/server/register/authority-deadline";

/* authorityDeadline keeps its answers by their inputs: each input must still lead to its own answer. */
describe("the register's authority deadline, kept by its inputs", () => {
  const base = { awareAt: new Date("2026-03-27T22:30:00Z"), timeZone: "Europe/Paris", regimes: ["gdpr"] };
  const variants = [
    base,
    { ...base, role: "processor" },
    { ...base, regimes: ["gdpr", "nis2"] },
    { ...base, regimes: ["gdpr", "nis2"], authority: "cnil" },
    { ...base, timeZone: "America/New_York", regimes: ["hipaa"] },
    { ...base, awareAt: new Date("2026-10-23T09:00:00Z") },
    { ...base, regimes: [] },
  ];

  it("answers as the domain does, the first time and again, for every variant", () => {
    for (const input of variants) {
      expect(authorityDeadline(input)).toEqual(filingDeadline(input));
      expect(authorityDeadline(input)).toEqual(filingDeadline(input));
    }
  });

  it("tells the variants apart", () => {
    const answers = variants.map((input) => JSON.stringify(authorityDeadline(input)));
    expect(answers[1]).not.toBe(answers[0]);
    expect(answers[4]).not.toBe(answers[0]);
    expect(answers[5]).not.toBe(answers[0]);
    expect(authorityDeadline(variants[6]!)).toBeNull();
  });
});
