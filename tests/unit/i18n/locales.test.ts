import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, localeOfCountry, resolveLocale } from "@/lib/i18n/locales";

describe("choosing the interface language", () => {
  it("takes the person's own choice first", () => {
    expect(resolveLocale({ preference: "cs", practiceCountries: ["FR"], acceptLanguage: "de-DE" })).toBe("cs");
  });

  it("falls back to the first practice whose country has an interface language, then the browser, then English", () => {
    expect(resolveLocale({ preference: null, practiceCountries: ["BE", "CZ", "FR"], acceptLanguage: "de" })).toBe("cs");
    expect(resolveLocale({ practiceCountries: ["AT"] })).toBe("de");
    expect(resolveLocale({ practiceCountries: ["BE"], acceptLanguage: "fr-BE,fr;q=0.9" })).toBe("fr");
    expect(resolveLocale({ practiceCountries: ["IE"], acceptLanguage: "es-ES,pt;q=0.5" })).toBe("en");
    expect(resolveLocale({})).toBe("en");
  });

  it("ignores a stored choice the app does not offer", () => {
    expect(resolveLocale({ preference: "es", practiceCountries: ["DE"] })).toBe("de");
  });

  it("reads Accept-Language by quality, skipping refused and unknown languages", () => {
    expect(localeFromAcceptLanguage("es;q=1, de;q=0.4, cs;q=0.8")).toBe("cs");
    expect(localeFromAcceptLanguage("fr;q=0, en;q=0.1")).toBe("en");
    expect(localeFromAcceptLanguage("DE-at")).toBe("de");
    expect(localeFromAcceptLanguage("*")).toBeNull();
    expect(localeFromAcceptLanguage(";;,q=,fr;q=abc")).toBeNull();
    expect(localeFromAcceptLanguage("en;q=0.5, fr;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });

  it("maps countries to the language their people read, and none for a country with several", () => {
    expect([localeOfCountry("FR"), localeOfCountry("cz"), localeOfCountry("DE"), localeOfCountry("AT")]).toEqual(["fr", "cs", "de", "de"]);
    expect(localeOfCountry("CH")).toBeNull();
    expect(localeOfCountry(null)).toBeNull();
  });
});
