/*
 * The words of the register (its PDF and its CSV) in the reader's language (docs/I18N.md): the labels and
 * sentences from the "documents" messages, the names of facts from the authority vocabularies beside the
 * notification templates. English keeps the register's words as they always were: the raw ids of states,
 * categories and decisions, which integrations read in the CSV.
 */
import { formatForPeople } from "@/lib/domain/deadlines";
import { VOCABULARY_CS } from "@/lib/domain/notification/authorities/vocabulary-cs";
import { VOCABULARY_DE } from "@/lib/domain/notification/authorities/vocabulary-de";
import { VOCABULARY_FR } from "@/lib/domain/notification/authorities/vocabulary-fr";
import type { Vocabulary } from "@/lib/domain/notification/authorities/profile-types";
import type { ConsequenceCode } from "@/lib/domain/notification/consequences";
import { formatInstant } from "@/lib/domain/notification/format-instant";
import { messagesOf } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { RegisterQueryInput } from "@/lib/schemas/register";
import type { RegisterCommunication } from "./register-communications";

export type RegisterTranslator = ReturnType<typeof translatorFor>;

const VOCABULARY: Record<Exclude<Locale, "en">, Vocabulary> = { fr: VOCABULARY_FR, cs: VOCABULARY_CS, de: VOCABULARY_DE };

export interface RegisterWords {
  locale: Locale;
  t: RegisterTranslator;
  /** An instant in the zone, named ("31 Mar 2026, 00:30 CEST"), or "not known". */
  when(iso: string | null, timeZone: string): string;
  /** A fact's id by its name in the language (English: the id itself). */
  named<K extends "breachTypes" | "dataCategories" | "subjectCategories" | "causes" | "consequences" | "notABreach">(
    group: K,
    id: string,
  ): string;
  state(state: string): string;
  risk(level: string): string;
  decision(decision: string): string;
  yesNo(value: boolean): string;
}

const has = <T extends object>(record: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(record, key);

export function registerWords(locale: Locale): RegisterWords {
  const t = translatorFor(locale);
  const vocabulary = locale === "en" ? null : VOCABULARY[locale];
  const { states, riskLevels, decisions } = messagesOf(locale).documents.register;
  return {
    locale,
    t,
    when: (iso, timeZone) =>
      iso
        ? locale === "en"
          ? formatForPeople(new Date(iso), timeZone)
          : formatInstant(iso, timeZone, locale)
        : t("documents.register.values.notKnown"),
    named: (group, id) => {
      const names = vocabulary?.[group] as Record<string, string> | undefined;
      return names && has(names, id) ? names[id]! : id;
    },
    state: (state) => (has(states, state) ? states[state] : state),
    risk: (level) => (has(riskLevels, level) ? riskLevels[level] : level),
    decision: (decision) => (has(decisions, decision) ? decisions[decision] : decision.replace(/_/g, " ")),
    yesNo: (value) => (value ? t("documents.register.values.yes") : t("documents.register.values.no")),
  };
}

/** The facts in one line: "Breach of confidentiality; data: health; 3 people (patients); 12 records; cause: malicious". */
export function factsSummaryIn(
  words: RegisterWords,
  facts: {
    breachTypes?: readonly string[];
    dataCategories?: readonly string[];
    subjectsCount?: number | null;
    subjectCategories?: readonly string[];
    records?: number | null;
    cause?: string | null;
  },
): string {
  const { t, named } = words;
  const list = (group: "breachTypes" | "dataCategories" | "subjectCategories", ids: readonly string[]) =>
    ids.map((id) => named(group, id)).join(", ");
  const parts: string[] = [];
  if (facts.breachTypes?.length) parts.push(t("documents.register.facts.breachOf", { types: list("breachTypes", facts.breachTypes) }));
  if (facts.dataCategories?.length)
    parts.push(t("documents.register.facts.data", { categories: list("dataCategories", facts.dataCategories) }));
  if (facts.subjectsCount != null) {
    const people = t("documents.register.facts.people", { count: facts.subjectsCount });
    parts.push(
      facts.subjectCategories?.length
        ? t("documents.register.facts.peopleOf", { people, categories: list("subjectCategories", facts.subjectCategories) })
        : people,
    );
  }
  if (facts.records != null) parts.push(t("documents.register.facts.records", { count: facts.records }));
  if (facts.cause) parts.push(t("documents.register.facts.cause", { cause: named("causes", facts.cause) }));
  return parts.length ? parts.join("; ") : t("documents.register.facts.none");
}

/** The practice's own words first, as typed, then what the facts suggest, each in the reader's language. */
export function consequencesIn(words: RegisterWords, own: string | null | undefined, codes: readonly ConsequenceCode[]): string[] {
  const text = own?.trim();
  return [...(text ? [text] : []), ...codes.map((code) => words.named("consequences", code))];
}

/** One line per Art. 34 communication: when, how, in which language, who was reached, and which notice. */
export function communicationsIn(words: RegisterWords, communications: readonly RegisterCommunication[], timeZone: string): string {
  const { t } = words;
  if (communications.length === 0) return t("documents.register.values.none");
  return communications
    .map((communication) => {
      const counts =
        communication.reached === null
          ? communication.via
            ? t("documents.register.communications.publishedVia", { via: communication.via })
            : t("documents.register.communications.published")
          : [
              t("documents.register.communications.reached", { count: communication.reached }),
              t("documents.register.communications.notReached", { count: communication.notReached ?? 0 }),
              ...(communication.waiting ? [t("documents.register.communications.stillSending", { count: communication.waiting })] : []),
            ].join(", ");
      const channel = ["email", "letter", "public_notice"].includes(communication.channel)
        ? t(`documents.register.communications.${communication.channel as "email" | "letter" | "public_notice"}`)
        : communication.channel;
      return t("documents.register.communications.line", {
        when: communication.sentAt ? words.when(communication.sentAt, timeZone) : t("documents.register.communications.dateNotRecorded"),
        channel,
        language: communication.language,
        counts,
        subject: communication.subject,
        id: communication.communicationId,
      });
    })
    .join("\n");
}

/** The register's filters in words: "practice lac, state closed, aware in 2026, not notified". */
export function filtersIn(words: RegisterWords, query: RegisterQueryInput): string {
  const { t } = words;
  const parts: string[] = [];
  if (query.organization) parts.push(t("documents.register.filters.practice", { practice: query.organization }));
  if (query.state?.[0]) parts.push(t("documents.register.filters.state", { state: words.state(query.state[0]) }));
  if (query.year) parts.push(t("documents.register.filters.year", { year: String(query.year) }));
  if (query.notified !== undefined)
    parts.push(query.notified ? t("documents.register.filters.notified") : t("documents.register.filters.notNotified"));
  if (query.timeliness)
    parts.push(query.timeliness === "late" ? t("documents.register.filters.late") : t("documents.register.filters.onTime"));
  return parts.length ? parts.join(", ") : t("documents.register.filters.all");
}
