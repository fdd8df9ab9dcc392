/*
 * Finds English sentences in a French, Czech or German document's text: a stretch between sentence marks that
 * holds two or more English function words. The words are chosen so that none of them is a French, Czech or
 * German word ("to" and "by" are Czech, "was" and "an" German, "a" and "on" French, so they are left out).
 */
const ENGLISH_FUNCTION_WORDS = new Set([
  "the",
  "and",
  "of",
  "with",
  "you",
  "your",
  "have",
  "has",
  "this",
  "that",
  "which",
  "who",
  "when",
  "how",
  "from",
  "are",
  "will",
  "be",
  "been",
  "were",
  "it",
  "for",
  "is",
  "not",
  "what",
  "should",
  "could",
  "would",
  "still",
  "yet",
  "already",
]);

export function englishSentences(text: string): string[] {
  return text
    .split(/\n{2,}|(?<=[.;:?!])\s+/)
    .map((segment) => segment.replace(/\s+/g, " ").trim())
    .filter((segment) => {
      // Addresses of web pages and mailboxes are not sentences.
      const words = segment
        .replace(/\S+@\S+|https?:\/\/\S+/g, " ")
        .toLowerCase()
        .split(/[^\p{L}']+/u);
      return words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length >= 2;
    });
}
