"use client";
import { NextIntlClientProvider } from "next-intl";
import { use, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n/catalogue";
import { INTERFACE_TIME_ZONE } from "@/lib/i18n/interface-time-zone";
import type { Locale } from "@/lib/i18n/locales";

/*
 * Client components' messages come from the browser's bundle, not from the page (docs/I18N.md, "Messages in the
 * browser"): handed down from the server, the whole catalogue was serialised into every page, about 100 KB of
 * each page's data and half of a simple page's server time (bench/pages.bench.ts). Each language is a chunk of its
 * own, loaded once and cached by the browser, which loads only the language it reads in; the server has them all.
 */
const CATALOGUES: Record<Locale, () => Promise<Messages>> = {
  en: () => import("@/lib/i18n/messages/en").then((module) => module.en),
  fr: () => import("@/lib/i18n/messages/fr").then((module) => module.fr),
  cs: () => import("@/lib/i18n/messages/cs").then((module) => module.cs),
  de: () => import("@/lib/i18n/messages/de").then((module) => module.de),
};

// One promise per language for the life of the process or page: React reads a settled promise without waiting.
const loading = new Map<Locale, Promise<Messages>>();
function catalogue(locale: Locale): Promise<Messages> {
  let messages = loading.get(locale);
  if (!messages) {
    messages = CATALOGUES[locale]();
    loading.set(locale, messages);
  }
  return messages;
}

/** The request's language for the client components below; the page waits for its catalogue before it hydrates. */
export function InterfaceLanguage({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={use(catalogue(locale))} timeZone={INTERFACE_TIME_ZONE}>
      {children}
    </NextIntlClientProvider>
  );
}
