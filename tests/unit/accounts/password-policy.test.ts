import { describe, expect, it } from "vitest";
import { passwordProblems } from "@/lib/domain/accounts/password-policy";

const common = new Set(["password", "iloveyou", "qwertyuiopasdf"]);
const context = {
  email: "marie.laurent@cabinet-dupont.fr",
  organizationNames: ["Cabinet Médical Dupont"],
  isCommon: (p: string) => common.has(p),
};

describe("password policy", () => {
  it("accepts a long passphrase with no composition rules", () => {
    expect(passwordProblems("plum tractor lantern seventy", context)).toEqual([]);
    expect(passwordProblems("abcdefghijkl", context)).toEqual([]);
  });

  it("requires 12 characters, counting characters not bytes", () => {
    expect(passwordProblems("elevenchars", context)).toEqual(["must be at least 12 characters (it has 11)"]);
    expect(passwordProblems("ééééééééééé", context)[0]).toMatch(/it has 11/);
    expect(passwordProblems("éééééééééééé", context)).toEqual([]);
  });

  it("refuses common passwords, also with digits appended and in other case", () => {
    expect(passwordProblems("QWERTYUIOPASDF", context)).toContain("is on a list of commonly used passwords; choose another");
    expect(passwordProblems("iloveyou2026", context)).toContain("is on a list of commonly used passwords; choose another");
  });

  it("refuses the e-mail address or its local part", () => {
    expect(passwordProblems("x-marie.laurent@cabinet-dupont.fr", context)).toContain("must not contain your e-mail address");
    expect(passwordProblems("Marie.Laurent-1999!", context)).toContain("must not contain your e-mail address");
  });

  it("refuses the organisation's name, with or without accents and spaces", () => {
    expect(passwordProblems("cabinetmedicaldupont", context)).toContain("must not contain your organisation's name");
    expect(passwordProblems("CabinetMédicalDupont1", context)).toContain("must not contain your organisation's name");
    expect(passwordProblems("i work at dupont 1234", context)).toContain("must not contain your organisation's name");
  });

  it("returns several problems at once", () => {
    expect(passwordProblems("dupont", context)).toHaveLength(2);
  });
});
