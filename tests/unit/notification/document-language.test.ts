import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildArt33Content } from "@/lib/domain/notification/art33-content";
import { selectAuthority } from "@/lib/domain/notification/authorities/select-authority";
import { renderNotificationDocument, type NotificationDocument } from "@/lib/domain/notification/render-document";
import { MISSING_ITEM_IDS } from "@/lib/domain/notification/words/missing-messages";
import { REASON_FACTORS } from "@/lib/domain/notification/words/reason-phrases";
import { ON_TIME, completeIncident } from "./complete-incident";
import { englishSentences } from "./english-sentences";

/*
 * Every sentence the product writes into an authority's document exists in the document's language: the lists of
 * what is missing (one sentence per id of completeness.ts) and the risk factors (one phrase per factor the risk
 * module can give). Read from the sources, so a new id or factor without its translations fails here.
 */
const root = join(__dirname, "../../..");
const source = (path: string) => readFileSync(join(root, path), "utf8");

function documentText(document: NotificationDocument): string {
  return [
    document.title,
    ...document.header.flatMap((row) => [row.label, row.value]),
    ...document.missing.flatMap((list) => [list.heading, ...list.items]),
    ...document.sections.flatMap((section) => [
      section.heading,
      ...section.blocks.flatMap((block) => [block.label, block.kind === "row" ? block.value : block.text, block.note ?? ""]),
    ]),
  ].join("\n\n");
}

describe("the words of an authority document", () => {
  it("cover every id the completeness check can report", () => {
    const ids = [...source("lib/domain/notification/completeness.ts").matchAll(/\bid: "([^"]+)"/g)].map((match) => match[1]);
    expect([...new Set(ids)].sort()).toEqual([...MISSING_ITEM_IDS].sort());
  });

  it("cover every factor the risk module can give", () => {
    const dir = join(root, "lib/domain/risk");
    const factors = new Set<string>();
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
      const text = readFileSync(join(dir, file), "utf8");
      for (const match of text.matchAll(/factor: "([a-z0-9_]+)"|\bcb\("([a-z0-9_]+)"/g)) factors.add((match[1] ?? match[2])!);
    }
    // Exemptions are named by their own ids (art34_3_a ...) through notApplicable(factor: Exemption, ...).
    for (const match of source("lib/domain/risk/types.ts").matchAll(/"(art34_3_[a-z])"/g)) factors.add(match[1]!);
    const missing = [...factors].filter((factor) => !(REASON_FACTORS as readonly string[]).includes(factor));
    expect(missing).toEqual([]);
  });

  it.each([
    ["FR", null, "fr"],
    ["CZ", null, "cs"],
    ["DE", "DE-BY", "de"],
    ["DE", null, "de"],
    ["AT", null, "de"],
  ] as const)("%s %s: an incomplete incident's document has no English sentence", (country, region, language) => {
    const input = completeIncident();
    input.organisation.country = country;
    input.organisation.region = region;
    // Leave gaps so that both lists of what is missing are printed.
    input.incident.measuresTaken = null;
    input.incident.measuresProposed = null;
    input.incident.crossBorder = null;
    input.incident.occurredAt = null;
    input.communication = null;
    const profile = selectAuthority(country, null, region);
    const document = renderNotificationDocument(buildArt33Content(input, ON_TIME), profile, ON_TIME);
    expect(document.language).toBe(language);
    expect(document.missing.map((list) => list.requiredFor)).toEqual(["art33", "template"]);
    expect(document.sections.flatMap((section) => section.blocks).find((block) => block.field === "consequences.reasons")).toBeDefined();
    // The practice's own words in completeIncident are English: leave them out, they stay as typed.
    const typed = [
      input.incident.description,
      input.incident.howDiscovered,
      input.incident.likelyConsequences,
      input.incident.systemsInvolved,
    ]
      .concat(input.incident.measuresInPlace, input.incident.otherAuthoritiesNotified, input.lateReasons ?? null)
      .filter((text): text is string => typeof text === "string" && text.length > 0);
    const product = documentText(document)
      .split("\n\n")
      .filter((part) => !typed.some((text) => part.includes(text) || text.includes(part)))
      .join("\n\n");
    expect(englishSentences(product)).toEqual([]);
  });
});
