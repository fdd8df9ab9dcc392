import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentActor } from "@/lib/server/auth/current-actor";
import { messagesOf } from "./catalogue";
import { INTERFACE_TIME_ZONE } from "./interface-time-zone";
import { DEFAULT_LOCALE, localeFromAcceptLanguage } from "./locales";

/*
 * The language of this request (docs/I18N.md): the signed-in person's, resolved in currentActor from their choice
 * and their practices' countries; a signed-out visitor's from the browser. Dates are formatted with an explicit
 * zone everywhere (ARCHITECTURE.md rule 3), so the default zone here only keeps server and browser output equal.
 * Client components get their messages from the browser's bundle (components/i18n/catalogue-provider.tsx).
 */
export default getRequestConfig(async () => {
  const actor = await currentActor({ allowWithoutTwoFactor: true });
  const locale = actor?.locale ?? localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
  return { locale, messages: messagesOf(locale), timeZone: INTERFACE_TIME_ZONE };
});
