import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { messagesOf } from "@/lib/i18n/catalogue";
import { LOCALES } from "@/lib/i18n/locales";

const messagesDir = path.resolve(import.meta.dirname, "../../../lib/i18n/messages");
const sameEverywhere = new Set(JSON.parse(readFileSync(path.join(import.meta.dirname, "same-in-every-language.json"), "utf8")) as string[]);

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [inner, text] of flatten(value, name)) out.set(inner, text);
  }
  return out;
}

/** The ICU arguments a message takes: "{count, plural, one {# file} other {# files}}" takes count. */
function argumentsOf(message: string): string[] {
  return [...new Set([...unquoted(message).matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((match) => match[1]!))].sort();
}

const english = flatten(messagesOf("en") as Tree);

/** The message without ICU-quoted literal text ("'{name}'" is printed as {name}, not an argument). */
const unquoted = (message: string) => message.replace(/'[{}#<][^']*'/g, "");

type Value = string | number | Date | ((chunks: string) => string);
/** A value of the right kind for each argument and tag of an English message, to format it in every language. */
function sampleValues(message: string): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const [, name, kind] of unquoted(message).matchAll(/\{\s*([A-Za-z_]\w*)\s*(?:,\s*(\w+))?/g)) {
    values[name!] =
      kind === "plural" || kind === "selectordinal" || kind === "number"
        ? 3
        : kind === "date" || kind === "time"
          ? new Date(0)
          : `⟦${name}⟧`;
  }
  for (const [, tag] of message.matchAll(/<([A-Za-z]\w*)>/g)) values[tag!] = (chunks: string) => `<${tag}>${chunks}</${tag}>`;
  return values;
}

describe("the message catalogue", () => {
  it.each(LOCALES)("%s has a JSON file for every namespace, each listed in its index", (locale) => {
    const files = readdirSync(path.join(messagesDir, locale)).filter((file) => file.endsWith(".json"));
    expect(files.sort()).toEqual(
      readdirSync(path.join(messagesDir, "en"))
        .filter((file) => file.endsWith(".json"))
        .sort(),
    );
    expect(Object.keys(messagesOf(locale)).sort()).toEqual(files.map((file) => file.replace(/\.json$/, "")).sort());
  });

  it.each(LOCALES)("%s has exactly the English keys, none empty, each with the English message's arguments", (locale) => {
    const messages = flatten(messagesOf(locale) as Tree);
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    const problems = [...messages].flatMap(([key, text]) => {
      if (!text.trim()) return [`${key}: empty`];
      const expected = argumentsOf(english.get(key) ?? "");
      return JSON.stringify(argumentsOf(text)) === JSON.stringify(expected)
        ? []
        : [`${key}: takes ${argumentsOf(text)}, English ${expected}`];
    });
    expect(problems).toEqual([]);
  });

  // ICU quotes text after an apostrophe before a brace ("l'{name}" prints "{name}" as is): formatting shows it.
  it.each(LOCALES)("%s formats every message with its arguments filled in and no ICU syntax left over", (locale) => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: messagesOf(locale), onError: (error) => errors.push(error.message) });
    const format = t.markup as unknown as (key: string, values: Record<string, Value>) => string;
    const problems = [...english].flatMap(([key, message]) => {
      const values = sampleValues(message);
      const out = format(key, values);
      const missing = Object.values(values).filter((value) => typeof value === "string" && !out.includes(value));
      const leftOver = unquoted(message) === message && /[{}]/.test(out);
      return leftOver || missing.length > 0 ? [`${key}: ${out}`] : [];
    });
    expect([...problems, ...errors]).toEqual([]);
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))("%s translates every sentence (none left as the English words)", (locale) => {
    const messages = flatten(messagesOf(locale) as Tree);
    const untranslated = [...messages].filter(([key, text]) => {
      const words = text.split(/[^\p{L}]+/u).filter((word) => word.length > 1);
      return words.length >= 2 && text === english.get(key) && !sameEverywhere.has(key);
    });
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
