import { describe, expect, it } from "vitest";
import { checkRegistrationNumber } from "@/lib/domain/organisation/registration-number";

describe("registration number per country", () => {
  it("accepts a French SIREN or SIRET whose Luhn check digit matches, stored without separators", () => {
    expect(checkRegistrationNumber("FR", "732 829 320")).toEqual({ ok: true, value: "732829320" });
    expect(checkRegistrationNumber("fr", "732 829 320 00074")).toEqual({ ok: true, value: "73282932000074" });
  });

  it("refuses a SIREN or SIRET with a wrong check digit, and any other length, saying which", () => {
    expect(checkRegistrationNumber("FR", "732829321")).toEqual({
      ok: false,
      problem: "is not a valid SIREN: its check digit does not match",
    });
    expect(checkRegistrationNumber("FR", "73282932000075")).toEqual({
      ok: false,
      problem: "is not a valid SIRET: its check digit does not match",
    });
    expect(checkRegistrationNumber("FR", "7328293200")).toEqual({
      ok: false,
      problem: "must be a SIREN (9 digits) or a SIRET (14 digits)",
    });
    expect(checkRegistrationNumber("FR", "RCS Paris 732")).toMatchObject({ ok: false });
  });

  it("reads La Poste's SIRETs by their own sum-of-digits rule", () => {
    expect(checkRegistrationNumber("FR", "35600000000048")).toEqual({ ok: true, value: "35600000000048" });
    expect(checkRegistrationNumber("FR", "35600000049837")).toEqual({ ok: true, value: "35600000049837" });
    expect(checkRegistrationNumber("FR", "35600000049838")).toMatchObject({ ok: false });
  });

  it("checks a Czech IČO with its mod-11 check digit, remainders 0 and 1 included", () => {
    expect(checkRegistrationNumber("CZ", "25596641")).toEqual({ ok: true, value: "25596641" });
    expect(checkRegistrationNumber("CZ", "00023221")).toEqual({ ok: true, value: "00023221" });
    expect(checkRegistrationNumber("CZ", "25596642")).toEqual({ ok: false, problem: "is not a valid IČO: its check digit does not match" });
    expect(checkRegistrationNumber("CZ", "2559664")).toEqual({ ok: false, problem: "must be an IČO of 8 digits" });
  });

  it("takes UK, Irish and German numbers as given, but only plain identifiers", () => {
    expect(checkRegistrationNumber("GB", "SC123456")).toEqual({ ok: true, value: "SC123456" });
    expect(checkRegistrationNumber("DE", "HRB 12345 / DE123456789")).toEqual({ ok: true, value: "HRB 12345 / DE123456789" });
    expect(checkRegistrationNumber("IE", "<b>1</b>")).toMatchObject({ ok: false });
  });
});
