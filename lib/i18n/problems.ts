import type { Locale } from "./locales";
import englishProblems from "./messages/en/problems.json";

/*
 * The problems a person is told about in a form (docs/I18N.md, "Problems"). The schemas in lib/schemas and the
 * services keep writing English text, because the API and the CLI answer with it as it is; that English text is
 * the problem's code. Each one is a message of the "problems" namespace whose English wording is the text, with
 * its varying parts as arguments ("must be at most {max} characters"): the interface finds the message the text
 * was written from and says it in the reader's language. A text with no message is shown as it is, never as
 * nothing; tests/unit/i18n/problems-complete.test.ts fails when a schema or a service writes one.
 */

type Problems = typeof englishProblems;
type Group = "field" | "refusal";
export type ProblemKey = { [G in Group]: `${G}.${keyof Problems[G] & string}` }[Group];

/** A translator of the "problems" namespace: next-intl's useTranslations("problems") or translatorFor(locale). */
export type ProblemTranslator = (key: ProblemKey, values?: Record<string, string | number>) => string;

/** An argument named `problem` is itself a problem, said in the reader's language too ("{problem}; {value} is not"). */
const NESTED = "problem";

interface Pattern {
  key: ProblemKey;
  names: string[];
  regex: RegExp;
  /** The fixed text around the arguments: the longer, the more specific ("at most {max} characters" over "at most {max}"). */
  fixed: number;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
/** Arguments that are always a count: they match digits only, so "at most {max}" never swallows "at most a year". */
const NUMERIC = new Set(["min", "max", "count", "length", "version", "current"]);

/** The index of the brace that closes the one at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === "{") depth += 1;
    else if (text[index] === "}" && --depth === 0) return index;
  }
  throw new Error(`unbalanced braces in problem message: ${text}`);
}

/**
 * The English message as a pattern that reads its arguments back: `{name}` is any text (digits for a count), a
 * plural is its `other` form with `#` as the count, `'{'` and `'}'` are the braces ICU quotes.
 */
function patternOf(key: ProblemKey, template: string): Pattern {
  const names: string[] = [];
  let source = "";
  let fixed = 0;
  const literal = (text: string) => {
    source += text.replace(ESCAPE, "\\$&");
    fixed += text.length;
  };
  const argument = (name: string) => {
    names.push(name);
    source += NUMERIC.has(name) ? "(\\d+)" : "([\\s\\S]+?)";
  };
  let index = 0;
  while (index < template.length) {
    if (template.startsWith("'{'", index) || template.startsWith("'}'", index)) {
      literal(template[index + 1] ?? "");
      index += 3;
    } else if (template[index] === "{") {
      const end = closing(template, index);
      const [name = "", kind, ...rest] = template.slice(index + 1, end).split(",");
      if (kind?.trim() === "plural") {
        const branches = rest.join(",");
        const other = branches.indexOf("other");
        const open = branches.indexOf("{", other);
        const form = branches.slice(open + 1, closing(branches, open));
        form.split("#").forEach((part, position) => {
          if (position > 0) argument(name.trim());
          literal(part);
        });
      } else argument(name.trim());
      index = end + 1;
    } else {
      literal(template[index] ?? "");
      index += 1;
    }
  }
  return { key, names, regex: new RegExp(`^${source}$`), fixed };
}

function allPatterns(): Pattern[] {
  const patterns: Pattern[] = [];
  for (const group of ["field", "refusal"] as const) {
    for (const [name, template] of Object.entries(englishProblems[group])) {
      patterns.push(patternOf(`${group}.${name}` as ProblemKey, template));
    }
  }
  return patterns.sort((a, b) => b.fixed - a.fixed);
}

let patterns: Pattern[] | null = null;

export interface KnownProblem {
  key: ProblemKey;
  values: Record<string, string | number>;
}

/** The message an English problem was written from, with its arguments; null for a text no message has. */
export function knownProblem(english: string): KnownProblem | null {
  patterns ??= allPatterns();
  for (const pattern of patterns) {
    const match = pattern.regex.exec(english);
    if (!match) continue;
    const values: Record<string, string | number> = {};
    pattern.names.forEach((name, index) => {
      const value = match[index + 1] ?? "";
      // Numbers stay numbers, so each language chooses its plural form ("1 caractère", "3 znaky").
      values[name] = /^\d{1,15}$/.test(value) ? Number(value) : value;
    });
    return { key: pattern.key, values };
  }
  return null;
}

/**
 * How a reader is told about a problem: in English as it was written (the API's words exactly), otherwise the
 * message it was written from in the reader's language; a text no message has is shown as it is.
 */
export function problemReader(locale: Locale, t: ProblemTranslator): (english: string) => string {
  if (locale === "en") return (english) => english;
  const read = (english: string): string => {
    const known = knownProblem(english);
    if (!known) return english;
    const values = { ...known.values };
    const nested = values[NESTED];
    if (typeof nested === "string") values[NESTED] = read(nested);
    return t(known.key, values);
  };
  return read;
}
