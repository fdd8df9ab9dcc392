import { describe, expect, it } from "vitest";
import { SUPPORTED_COUNTRIES, suggestedZone } from "@/lib/domain/organisation/countries";
import { organizationSettingsSchema } from "@/lib/schemas/admin";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { isIanaTimeZone } from "@/lib/schemas/time-zone";

const practice = { organizationId: "o1", name: "Cabinet Dupont", country: "FR", timeZone: "Europe/Paris", regimes: ["gdpr"] };
const problems = (input: Record<string, unknown>) => {
  const parsed = organizationSettingsSchema.safeParse({ ...practice, ...input });
  return parsed.success ? [] : toFieldErrors(parsed.error);
};

describe("the practice details schema (settings, CLI and API)", () => {
  it("checks the registration number against the country, naming the field", () => {
    expect(problems({ registrationNumber: "73282932000075" })).toEqual([
      { field: "registrationNumber", problem: "is not a valid SIRET: its check digit does not match" },
    ]);
    expect(problems({ country: "CZ", timeZone: "Europe/Prague", registrationNumber: "73282932000074" })).toEqual([
      { field: "registrationNumber", problem: "must be an IČO of 8 digits" },
    ]);
    expect(organizationSettingsSchema.parse({ ...practice, registrationNumber: "732 829 320 00074" }).registrationNumber).toBe(
      "73282932000074",
    );
  });

  it("treats an empty registration number as none", () => {
    expect(organizationSettingsSchema.parse({ ...practice, registrationNumber: "" }).registrationNumber).toBeNull();
  });

  it("takes a country from the list only, and a time zone, never a town", () => {
    expect(problems({ country: "XX" }).map((p) => p.field)).toEqual(["country"]);
    expect(problems({ timeZone: "Paris" })).toEqual([{ field: "timeZone", problem: "must be an IANA time zone such as Europe/Paris" }]);
  });

  it("keeps a multi-line postal address but no control characters", () => {
    expect(organizationSettingsSchema.parse({ ...practice, address: "12 rue de la Paix\n75002 Paris" }).address).toBe(
      "12 rue de la Paix\n75002 Paris",
    );
    expect(problems({ address: "12 rue\u0000 de la Paix" }).map((p) => p.field)).toEqual(["address"]);
  });

  it("suggests a real zone for every supported country", () => {
    for (const country of SUPPORTED_COUNTRIES) expect(isIanaTimeZone(suggestedZone(country.code)!), country.code).toBe(true);
    expect(suggestedZone("cz")).toBe("Europe/Prague");
    expect(suggestedZone("XX")).toBeNull();
  });
});

describe("the postal address", () => {
  it("is stored with one kind of line break, whether typed in a browser (CRLF) or sent by the API", () => {
    expect(organizationSettingsSchema.parse({ ...practice, address: "12 rue de la Paix\r\n75002 Paris" }).address).toBe(
      "12 rue de la Paix\n75002 Paris",
    );
  });
});
