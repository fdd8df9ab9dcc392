import { createTranslator } from "next-intl";
import { messagesOf } from "./catalogue";
import type { Locale } from "./locales";

/**
 * A translator outside React: e-mails, PDFs, CSV headers and server actions' answers, in the language of the
 * person who will read them (which for an e-mail is the recipient's, not the sender's).
 */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: messagesOf(locale) });
}
