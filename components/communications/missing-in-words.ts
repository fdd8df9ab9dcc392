import type { CommunicationMissingItem } from "@/lib/domain/communication";
import { VOCABULARY_CS } from "@/lib/domain/notification/authorities/vocabulary-cs";
import { VOCABULARY_DE } from "@/lib/domain/notification/authorities/vocabulary-de";
import { VOCABULARY_FR } from "@/lib/domain/notification/authorities/vocabulary-fr";
import type { OutOfScope } from "@/lib/domain/notification/scope";
import type { Locale } from "@/lib/i18n/locales";
import type { createTranslator } from "next-intl";
import type { Messages } from "@/lib/i18n/catalogue";

type CommunicationsT = ReturnType<typeof createTranslator<Messages, "communications">>;

/** The missing items the page words itself in the reader's language (the service's are English). */
const MISSING_KEYS = {
  "organisation.name": "organisationName",
  "contact.name": "contactName",
  "contact.details": "contactDetails",
  "nature.breachTypes": "breachTypes",
  "nature.dataCategories": "dataCategories",
  consequences: "consequences",
  measures: "measures",
  recipients: "recipients",
} as const;
const isWorded = (id: string): id is keyof typeof MISSING_KEYS => Object.hasOwn(MISSING_KEYS, id);
/** The DPO's edited text lost a required part: worded with the part's heading or the contact it must keep. */
const TEXT_KEYS = {
  "text.nature": "textNature",
  "text.contact": "textContact",
  "text.consequences": "textConsequences",
  "text.measures": "textMeasures",
} as const;
const isTextItem = (id: string): id is keyof typeof TEXT_KEYS => Object.hasOwn(TEXT_KEYS, id);
const NOT_A_BREACH: Record<Exclude<Locale, "en">, Record<OutOfScope, string>> = {
  fr: VOCABULARY_FR.notABreach,
  cs: VOCABULARY_CS.notABreach,
  de: VOCABULARY_DE.notABreach,
};

/** A missing item in the reader's language; English readers get the domain's own sentence, as the API does. */
export function missingInWords(t: CommunicationsT, locale: Locale, item: CommunicationMissingItem): string | null {
  if (isWorded(item.id)) return t(`missing.${MISSING_KEYS[item.id]}`);
  if (locale === "en") return null;
  const scope = item.values?.scope;
  if (item.id === "scope" && (scope === "deceased_only" || scope === "no_personal_data"))
    return t("missing.scope", { reason: NOT_A_BREACH[locale][scope] });
  if (isTextItem(item.id) && item.values) {
    return item.id === "text.contact"
      ? t("missing.textContact", { contact: item.values.contact ?? "" })
      : t(`missing.${TEXT_KEYS[item.id] as Exclude<(typeof TEXT_KEYS)[keyof typeof TEXT_KEYS], "textContact">}`, {
          heading: item.values.heading ?? "",
        });
  }
  return null;
}
