import type { GermanLand } from "@/lib/domain/organisation/regions";
import type { BreachFacts, DataCategory, SubjectCategory } from "@/lib/schemas/breach-facts";
import type { ConsequenceCode } from "../consequences";
import type { DocumentLanguage } from "../format-instant";
import type { OutOfScope } from "../scope";
import type { FilingKind, IncidentDetails, RiskLevel, SubjectCommunicationStatus } from "../types";

/*
 * An authority profile maps the one Art. 33 content onto that authority's own sections and words.
 * Content is never duplicated per authority: only headings, labels and the wording of values differ.
 */
export const FIELD_KEYS = [
  "notification.kind",
  "notification.reference",
  "controller.name",
  "controller.address",
  "controller.country",
  "controller.registrationId",
  "contact.name",
  "contact.role",
  "contact.email",
  "contact.phone",
  "timeline.occurredAt",
  "timeline.discoveredAt",
  "timeline.awareAt",
  "timeline.containedAt",
  "timeline.ongoing",
  "timeline.howDiscovered",
  "timeline.discoveredBy",
  "nature.description",
  "nature.breachTypes",
  "nature.cause",
  "nature.recipients",
  "nature.exfiltration",
  "nature.access",
  "nature.systems",
  "parties.others",
  "people.categories",
  "people.count",
  "data.categories",
  "data.records",
  "protection.encryption",
  "protection.identifiability",
  "protection.measuresInPlace",
  "consequences.text",
  "consequences.riskLevel",
  "consequences.reasons",
  "measures.taken",
  "measures.proposed",
  "delay.reasons",
  "communication.status",
  "crossBorder.involved",
  "crossBorder.leadAuthority",
  "other.police",
  "other.authorities",
  "scope.reason",
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

/** "de-by" (a Land's authority), "de" (a German practice whose Land is not known yet), "dsb" (Austria). */
export type AuthorityId = "cnil" | "ico" | "dpc" | "uoou" | "edpb" | "dsb" | "de" | Lowercase<GermanLand>;

type Confidentiality = NonNullable<BreachFacts["confidentiality"]>;

/** How values are worded in one language; shared by every profile in that language. */
export interface Vocabulary {
  yes: string;
  no: string;
  notKnownYet: string;
  none: string;
  dpo: string;
  otherContact: string;
  /** Shown beside consequences Breachdesk suggested rather than the practice wrote. */
  derivedNote: string;
  approximately: (count: string) => string;
  notificationKinds: Record<FilingKind, string>;
  breachTypes: Record<BreachFacts["breachTypes"][number], string>;
  causes: Record<BreachFacts["cause"], string>;
  dataCategories: Record<DataCategory, string>;
  subjectCategories: Record<SubjectCategory, string>;
  recipients: Record<Confidentiality["recipients"], string>;
  exfiltration: Record<Confidentiality["exfiltration"], string>;
  access: Record<NonNullable<Confidentiality["access"]>, string>;
  discoveredBy: Record<NonNullable<IncidentDetails["discoveredBy"]>, string>;
  /** Heading and reason of the statement that replaces the notification for an out-of-scope incident. */
  notABreachHeading: string;
  notABreach: Record<OutOfScope, string>;
  encryption: Record<BreachFacts["encryption"], string>;
  identifiability: Record<BreachFacts["identifiability"], string>;
  riskLevels: Record<RiskLevel, string>;
  consequences: Record<ConsequenceCode, string>;
  communicationStatus: Record<SubjectCommunicationStatus, string>;
}

export interface ProfileSection {
  id: string;
  title: string;
  fields: readonly FieldKey[];
}

export interface AuthorityProfile {
  id: AuthorityId;
  name: string;
  /** ISO country code the authority serves; null for the generic EDPB-template profile. */
  country: string | null;
  /** ISO 3166-2 subdivision it serves ("DE-BY"), where the authority depends on it. */
  region?: string | null;
  language: DocumentLanguage;
  documentTitle: string;
  /** Where and how to file; present only where we are sure of it. */
  submission?: { channel: string; url?: string };
  /** The authority's postal address, where confirmed on its own pages (authority-record.ts). */
  postalAddress?: string | null;
  website?: string;
  sections: readonly ProfileSection[];
  labels: Record<FieldKey, string>;
  vocabulary: Vocabulary;
}
