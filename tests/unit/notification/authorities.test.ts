import { describe, expect, it } from "vitest";
import { selectAuthority } from "@/lib/domain/notification/authorities/select-authority";

describe("selectAuthority", () => {
  it.each([
    ["FR", "cnil", "fr"],
    ["GB", "ico", "en"],
    ["ie", "dpc", "en"],
    ["CZ", "uoou", "cs"],
  ])("country %s -> %s in %s", (country, id, language) => {
    const profile = selectAuthority(country);
    expect(profile.id).toBe(id);
    expect(profile.language).toBe(language);
  });

  it.each([["PL"], ["BE"], [null], [""]])("falls back to the English EDPB-template profile for %s", (country) => {
    const profile = selectAuthority(country);
    expect(profile.id).toBe("edpb");
    expect(profile.language).toBe("en");
  });

  it("lets a named lead authority override the country (cross-border processing)", () => {
    expect(selectAuthority("FR", "dpc").id).toBe("dpc");
    expect(selectAuthority("FR", "IE").id).toBe("dpc");
    expect(selectAuthority("DE", "UOOU").id).toBe("uoou");
  });

  it("keeps the country's authority when the lead authority has no profile", () => {
    expect(selectAuthority("CZ", "BfDI").id).toBe("uoou");
    expect(selectAuthority("CZ", "  ").id).toBe("uoou");
  });

  it("gives a submission channel only for the national profiles", () => {
    expect(selectAuthority("GB").submission?.url).toBe("https://ico.org.uk/for-organisations/report-a-breach/personal-data-breach/");
    expect(selectAuthority("FR").submission?.channel).toContain("Téléservice");
    expect(selectAuthority("DE").submission).toBeUndefined();
  });
});
