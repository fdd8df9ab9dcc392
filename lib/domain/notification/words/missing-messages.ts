import type { MissingItem } from "../completeness";
import type { DocumentLanguage } from "../format-instant";
import { MISSING_MESSAGES_CS } from "./missing-messages-cs";
import { MISSING_MESSAGES_DE } from "./missing-messages-de";
import { MISSING_MESSAGES_FR } from "./missing-messages-fr";

/** The ids checkCompleteness (completeness.ts) can report; each has its sentence in every document language. */
export const MISSING_ITEM_IDS = [
  "scope",
  "organisation.name",
  "organisation.region",
  "contact.name",
  "contact.details",
  "nature.description",
  "nature.breachTypes",
  "nature.dataCategories",
  "nature.subjectCategories",
  "nature.subjectCount",
  "nature.records",
  "consequences.text",
  "measures",
  "delay.reasons",
  "organisation.country",
  "organisation.address",
  "timeline.occurredAt",
  "timeline.discoveredAt",
  "timeline.howDiscovered",
  "timeline.ongoing",
  "timeline.containedAt",
  "nature.cause",
  "nature.confidentiality",
  "nature.availability",
  "nature.integrity",
  "protection.encryption",
  "protection.identifiability",
  "consequences.assessment",
  "measures.taken",
  "measures.proposed",
  "measures.otherSystems",
  "communication.status",
  "crossBorder",
] as const;

export type MissingItemId = (typeof MISSING_ITEM_IDS)[number];
export type MissingMessages = Record<MissingItemId, string>;

const MESSAGES: Partial<Record<DocumentLanguage, MissingMessages>> = {
  fr: MISSING_MESSAGES_FR,
  cs: MISSING_MESSAGES_CS,
  de: MISSING_MESSAGES_DE,
};

/** What is still missing, said in the document's language (English: the check's own words). */
export function missingMessage(item: MissingItem, language: DocumentLanguage): string {
  const messages = MESSAGES[language];
  return messages && item.id in messages ? messages[item.id as MissingItemId] : item.message;
}
