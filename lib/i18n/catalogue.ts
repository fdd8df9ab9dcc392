import type { Locale } from "./locales";
import { cs } from "./messages/cs";
import { de } from "./messages/de";
import { en } from "./messages/en";
import { fr } from "./messages/fr";

/** The English catalogue is the reference: its keys type `t(...)` calls, and every language must have them all. */
export type Messages = typeof en;

// Typed as the English shape: tsc fails when a language lacks a key (tests/unit/i18n catches extra ones).
const CATALOGUE: Record<Locale, Messages> = { en, fr, cs, de };

export function messagesOf(locale: Locale): Messages {
  return CATALOGUE[locale];
}
