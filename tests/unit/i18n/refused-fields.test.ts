import { describe, expect, it } from "vitest";
import { messagesOf } from "@/lib/i18n/catalogue";
import { refusedFieldsInWords } from "@/lib/i18n/refused-fields";

const fields = [
  { field: "year", problem: "must be 2000 or later" },
  { field: "unknown", problem: "must be a year" },
];

describe("refused filters in words", () => {
  it("names each field by the page's label, and keeps the English problem for an English reader", () => {
    expect(refusedFieldsInWords("en", fields, { year: "Year" })).toBe("Year: must be 2000 or later; unknown: must be a year");
  });

  it("says the problems in the reader's language, with the language's own punctuation", () => {
    const said = refusedFieldsInWords("fr", fields, { year: "Année" });
    expect(said.startsWith(`Année${messagesOf("fr").forms.fieldError.slice("{label}".length, -"{error}".length)}`)).toBe(true);
    expect(said).not.toMatch(/must be/);
  });
});
