import { createTranslator } from "next-intl";
import { messagesOf } from "./catalogue";
import type { Locale } from "./locales";
import { problemReader } from "./problems";

/** Problems said in a reader's language outside React: the action client's answers (docs/I18N.md, "Problems"). */
export function problemsFor(locale: Locale): (english: string) => string {
  const t = createTranslator({ locale, messages: messagesOf(locale), namespace: "problems" });
  return problemReader(locale, (key, values) => t(key, values));
}
