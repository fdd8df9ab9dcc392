import { describe, expect, it } from "vitest";
import { checkCompleteness } from "@/lib/domain/notification/completeness";
import { AUTHORITY_PROFILES, selectAuthority } from "@/lib/domain/notification/authorities/select-authority";
import { GERMAN_LANDS, checkRegion } from "@/lib/domain/organisation/regions";
import { completeIncident } from "./complete-incident";

/* A private practice in Germany notifies the authority of its Land (§ 40 BDSG), never the federal BfDI. */
const EXPECTED: Record<string, RegExp> = {
  "DE-BW": /Baden-Württemberg/,
  "DE-BY": /^Bayerisches Landesamt für Datenschutzaufsicht/,
  "DE-BE": /^Berliner Beauftragte/,
  "DE-BB": /Brandenburg/,
  "DE-HB": /Bremen/,
  "DE-HH": /^Der Hamburgische Beauftragte/,
  "DE-HE": /^Der Hessische Beauftragte/,
  "DE-MV": /Mecklenburg-Vorpommern/,
  "DE-NI": /Niedersachsen/,
  "DE-NW": /Nordrhein-Westfalen/,
  "DE-RP": /Rheinland-Pfalz/,
  "DE-SL": /Saarland/,
  "DE-SN": /^Sächsische Datenschutz- und Transparenzbeauftragte/,
  "DE-ST": /Sachsen-Anhalt/,
  "DE-SH": /Schleswig-Holstein/,
  "DE-TH": /^Der Thüringer Landesbeauftragte/,
};

describe("routing a German or Austrian practice", () => {
  it("knows all 16 Länder", () => {
    expect(GERMAN_LANDS.map((land) => land.code).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s: the Land's own authority, in German", (region, name) => {
    const profile = selectAuthority("DE", null, region);
    expect(profile.id).toBe(region.toLowerCase());
    expect(profile.region).toBe(region);
    expect(profile.country).toBe("DE");
    expect(profile.language).toBe("de");
    expect(profile.name).toMatch(name);
    expect(profile.name).not.toMatch(/Bundesbeauftragte/);
    expect(profile.documentTitle).toBe("Meldung einer Verletzung des Schutzes personenbezogener Daten (Art. 33 DSGVO)");
    expect(profile.submission?.channel).toBeTruthy();
    expect(AUTHORITY_PROFILES[profile.id as keyof typeof AUTHORITY_PROFILES]).toBe(profile);
  });

  it("reads the Land however it was typed, and a Land code as a lead authority", () => {
    expect(selectAuthority("de", null, " de-by ").id).toBe("de-by");
    expect(selectAuthority("FR", "DE-HH").id).toBe("de-hh");
    expect(selectAuthority("FR", "de-nw").id).toBe("de-nw");
  });

  it("Austria: the Datenschutzbehörde, in German, with its e-mail address", () => {
    const profile = selectAuthority("AT");
    expect(profile.id).toBe("dsb");
    expect(profile.language).toBe("de");
    expect(profile.name).toBe("Österreichische Datenschutzbehörde (DSB)");
    expect(profile.submission?.channel).toContain("dsb@dsb.gv.at");
    expect(profile.postalAddress).toBe("Barichgasse 40-42\n1030 Wien");
    // A region means nothing in Austria: one authority for the whole country.
    expect(selectAuthority("AT", null, "DE-BY").id).toBe("dsb");
  });

  it.each([[null], [""], ["DE-XX"], ["FR-IDF"]])(
    "a German practice whose Land is %j: no authority is guessed, the Land is asked for",
    (region) => {
      const profile = selectAuthority("DE", null, region);
      expect(profile.id).toBe("de");
      expect(profile.language).toBe("de");
      expect(profile.submission).toBeUndefined();
      const input = completeIncident();
      input.organisation.country = "DE";
      input.organisation.region = region;
      const missing = checkCompleteness(input, "2026-03-28T10:00:00Z").find((item) => item.id === "organisation.region");
      expect(missing).toMatchObject({ field: "organisation.region", requiredFor: "art33", section: "controller" });
    },
  );

  it("asks for no Land once it is known, nor outside Germany", () => {
    const input = completeIncident();
    input.organisation.country = "DE";
    input.organisation.region = "DE-BY";
    expect(checkCompleteness(input, "2026-03-28T10:00:00Z").map((item) => item.id)).not.toContain("organisation.region");
    input.organisation.country = "AT";
    input.organisation.region = null;
    expect(checkCompleteness(input, "2026-03-28T10:00:00Z").map((item) => item.id)).not.toContain("organisation.region");
  });

  it("checks a stored Land against the country, naming what is allowed", () => {
    expect(checkRegion("DE", "de-by")).toEqual({ ok: true, value: "DE-BY" });
    expect(checkRegion("DE", "")).toEqual({ ok: true, value: null });
    expect(checkRegion("FR", null)).toEqual({ ok: true, value: null });
    const wrong = checkRegion("DE", "DE-XX");
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.problem).toMatch(/must be one of DE-BW, DE-BY, .*such as DE-BY/);
    const elsewhere = checkRegion("AT", "DE-BY");
    expect(!elsewhere.ok && elsewhere.problem).toMatch(/must be empty: AT has one authority/);
  });
});
