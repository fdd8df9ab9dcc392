import { describe, expect, it } from "vitest";
import { problemsFor } from "@/lib/i18n/problem-translator";
import { readRecipientsCsv } from "@/lib/server/communications/recipients-csv";

/*
 * Every reason the recipients import gives (a whole file refused, or one line) reaches a French, Czech or German
 * reader in their language, with its values; the API keeps the English.
 */
const long = "x".repeat(1_000);
const BAD_FILES = [
  "",
  'name,email\n"Jean,jean@example.org\n',
  "prénom;téléphone\nJean;0102030405\n",
  "name\nJean\n",
  [
    "name,email,address",
    ",a@example.org,",
    `${long},b@example.org,`,
    "Marie,not-an-address,",
    `Paul,,${long}`,
    "Anne,,",
    "Too,many,fields,here",
  ].join("\n"),
];

function reasons(): string[] {
  const found = new Set<string>();
  for (const channel of ["email", "letter"] as const) {
    for (const file of BAD_FILES) {
      const result = readRecipientsCsv(file, channel);
      if (result.fileProblem) found.add(result.fileProblem);
      for (const row of result.rejected) found.add(row.reason);
    }
  }
  return [...found];
}

describe("the reasons a recipients file or line is refused", () => {
  const all = reasons();

  it("covers the file problems and every kind of line problem", () => {
    expect(all.length).toBeGreaterThanOrEqual(10);
  });

  it.each(["fr", "cs", "de"] as const)("are each said in %s, keeping their numbers", (locale) => {
    const say = problemsFor(locale);
    const untranslated = all.filter((reason) => say(reason) === reason);
    expect(untranslated).toEqual([]);
    for (const reason of all) {
      for (const number of reason.match(/\d+/g) ?? []) expect(say(reason), reason).toContain(number);
    }
  });
});
