import type { Page } from "playwright-core";
import { messagesOf } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";

/*
 * Finds English left on a page that should be in another language. Two nets: every English message of the
 * catalogue of more than one word whose translation differs (a label that was never wired to t()), and any line
 * with two or more English function words (text the catalogue never held: a sentence from lib/, an action's
 * answer). Text inside an element that declares another language (a French form quoted for an English reader,
 * a letter in the recipient's language) is the document's, not the page's, and is left out.
 */

// English words that are not words of French, Czech or German ("to", "on", "a", "by", "was", "will", "an" are).
const ENGLISH_ONLY = new Set([
  ...["the", "and", "of", "your", "with", "this", "that", "for", "from", "has", "have", "been", "which", "should", "would"],
  ...["could", "must", "please", "when", "what", "there", "their", "these", "those", "each", "into", "about", "after"],
  ...["before", "who", "here", "is", "are", "be", "not", "yet", "only", "than", "then", "it", "its", "they", "them", "were"],
]);

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix: string, out: Map<string, string>) {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else leaves(value, `${prefix}${key}.`, out);
  }
  return out;
}

/** The page's visible text, without elements in another language than the page's own. */
export async function textInPageLanguage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const own = document.documentElement.lang;
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const element of body.querySelectorAll("[lang], script, style, template")) {
      if (!element.hasAttribute("lang") || element.getAttribute("lang") !== own) element.remove();
    }
    // innerText needs layout: measure the clone in place of nothing visible.
    body.style.position = "absolute";
    body.style.left = "-99999px";
    document.documentElement.appendChild(body);
    const text = body.innerText;
    body.remove();
    return text;
  });
}

export function englishIn(text: string, locale: Exclude<Locale, "en">): string[] {
  const english = leaves(messagesOf("en") as Tree, "", new Map());
  const translated = leaves(messagesOf(locale) as Tree, "", new Map());
  const found = new Set<string>();
  for (const [key, message] of english) {
    const plain = message.replace(/\{[^{}]*\}|<\/?\w+>/g, " ").trim();
    if (plain.split(/\s+/).length < 2 || translated.get(key) === message) continue;
    // The message's longest literal run, so a message with arguments is still found.
    const run = plain.split(/\s{2,}/).sort((a, b) => b.length - a.length)[0]!;
    if (run.split(/\s+/).length >= 2 && text.includes(run)) found.add(run);
  }
  for (const line of text.split("\n")) {
    const words = line.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (words.filter((word) => ENGLISH_ONLY.has(word)).length >= 2) found.add(line.trim());
  }
  return [...found];
}

/** English on the page (outside quoted documents), for a page that should read entirely in `locale`. */
export async function englishOnPage(page: Page, locale: Exclude<Locale, "en">): Promise<string[]> {
  return englishIn(await textInPageLanguage(page), locale);
}
