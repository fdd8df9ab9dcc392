import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { problemsFor } from "@/lib/i18n/problem-translator";
import { knownProblem } from "@/lib/i18n/problems";
import { findProblemTexts } from "@/scripts/find-problem-texts";

/*
 * Every problem a form can show has a message in every language (docs/I18N.md, "Problems"). Two ways round:
 * every English problem written in the schemas and services (found in their source) has a message, and every
 * problem the shared schemas answer to a set of bad inputs is said in French, Czech and German, with its values.
 */
const root = path.resolve(import.meta.dirname, "../../..");
const READERS = (["fr", "cs", "de"] as const).map((locale) => ({ locale, say: problemsFor(locale) }));

/*
 * Texts built from pieces the source scan cannot join: each is listed with the texts it can become, and each of
 * those must have a message (the pieces are English words, so a generic message would leave them English).
 */
const BUILT_FROM_PIECES: Record<string, string[]> = {
  "must be numbers of hours, {}": ["must be numbers of hours, e.g. 48, 24, 6"],
  "must be a list of hours, {}": ["must be a list of hours, e.g. 48, 24, 6"],
  "is required: the {}'s id": [
    "is required: the communication's id",
    "is required: the incident's id",
    "is required: the recipient's id",
    "is required: the task's id",
  ],
  "This communication is {}: its {}{}.": [
    "This communication is sent: its letters were already recorded as posted.",
    "This communication is sent: its letters were already recorded as posted on 2 April 2026, 10:00 (Europe/Paris).",
    "This communication is sent: its notice was already recorded as published.",
    "This communication is sent: its notice was already recorded as published on 2 April 2026, 10:00 (Europe/Paris).",
  ],
};

/** The problem said in each language: not the English words, and with every value the English names. */
function sayings(english: string): string[] {
  const known = knownProblem(english);
  if (!known) return [`${english}: no message`];
  return READERS.flatMap(({ locale, say }) => {
    const said = say(english);
    if (said === english) return [`${english}: the same in ${locale}`];
    const digits = said.replace(/[\s\u00a0\u202f.,]/g, "");
    const lost = Object.values(known.values).filter((value) =>
      typeof value === "number" ? !digits.includes(String(value)) : !said.includes(value) && knownProblem(value) === null,
    );
    return lost.length > 0 ? [`${english}: ${locale} "${said}" lacks ${lost.join(", ")}`] : [];
  });
}

describe("the problems a form shows", () => {
  // The scan parses the whole tree: seconds on a loaded machine, which is no failure of the product.
  it("each English problem written in lib/schemas, lib/domain, lib/server and the actions has a message", { timeout: 60_000 }, () => {
    const found = findProblemTexts(root);
    // The scan itself: it finds the schemas' messages, the services' refusals and the actions' own problems.
    expect(found.map((problem) => problem.text)).toEqual(
      expect.arrayContaining(["must be 0 or more", "contains an invalid character", "No such incident.", "must be at most {} MB"]),
    );
    const missing = found.flatMap(({ file, line, text }) => {
      const texts = BUILT_FROM_PIECES[text] ?? [text.replaceAll("{}", "1")];
      return texts.filter((sample) => knownProblem(sample) === null).map((sample) => `${file}:${line}: ${sample}`);
    });
    expect(missing).toEqual([]);
  });

  it("each of them is said in French, Czech and German, with its values", { timeout: 60_000 }, () => {
    const texts = new Set(findProblemTexts(root).flatMap(({ text }) => BUILT_FROM_PIECES[text] ?? [text.replaceAll("{}", "1")]));
    expect([...texts].flatMap(sayings)).toEqual([]);
  });

  it("each problem the shared schemas answer to bad input is said in every language, with its values", async () => {
    const problems = new Set<string>();
    for (const schema of await sharedSchemas()) {
      for (const input of badInputs(schema)) {
        const parsed = schema.safeParse(input);
        for (const issue of parsed.error?.issues ?? []) problems.add(issue.message);
      }
    }
    // Enough of the class to mean something: required, type, length, range, choice and text-rule problems.
    expect(problems.size).toBeGreaterThan(60);
    expect([...problems].flatMap(sayings)).toEqual([]);
  });

  it("keeps a text no message has as it is, and English exactly as the API says it", () => {
    for (const { say } of READERS) expect(say("must be purple")).toBe("must be purple");
    expect(problemsFor("en")("must be at most 50000 people")).toBe("must be at most 50000 people");
    expect(problemsFor("fr")("must be at most 50000 people")).toBe("doit compter au plus 50\u202f000 personnes");
  });
});

/** Every zod schema exported by a module of lib/schemas (schemas built by a function are reached through others). */
async function sharedSchemas(): Promise<z.ZodType[]> {
  const dir = path.join(root, "lib/schemas");
  const schemas: z.ZodType[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
    const exports = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const exported of Object.values(exports)) if (exported instanceof z.ZodType) schemas.push(exported);
  }
  return schemas;
}

const BAD: unknown[] = [
  undefined,
  null,
  -1,
  0,
  1.5,
  1e9,
  Number.NaN,
  "",
  "x",
  "a\u0000b",
  "two\nlines",
  "<b>",
  "x".repeat(60_000),
  "2026-13-45",
  "9999-01-01T00:00:00Z",
  true,
  [],
  ["x", "x"],
  [1, 1],
  {},
  new Blob([]),
];

/** The shape of an object schema (through optional, nullable, default and pipes), or null. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  const def = schema.def as { innerType?: z.ZodType; in?: z.ZodType; schema?: z.ZodType };
  const inner = def.innerType ?? def.in ?? def.schema;
  return inner ? shapeOf(inner) : null;
}

/** Each bad value alone, and at each field (two levels deep) of an otherwise empty object. */
function badInputs(schema: z.ZodType): unknown[] {
  const inputs: unknown[] = [...BAD];
  const shape = shapeOf(schema);
  if (!shape) return inputs;
  for (const [key, field] of Object.entries(shape)) {
    for (const bad of BAD) inputs.push({ [key]: bad });
    const inner = shapeOf(field);
    for (const innerKey of Object.keys(inner ?? {})) for (const bad of BAD) inputs.push({ [key]: { [innerKey]: bad } });
  }
  return inputs;
}
