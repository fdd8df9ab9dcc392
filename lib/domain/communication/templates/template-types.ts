import type { BreachType, DataCategory, SubjectCategory } from "@/lib/schemas/breach-facts";
import type { ConsequenceCode } from "@/lib/domain/notification/consequences";
import type { AdviceCode } from "../advice";

export const MESSAGE_LANGUAGES = ["en", "fr", "cs", "de"] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/*
 * The words of an Art. 34(2) letter and of the Art. 34(3)(c) public notice in one language. Texts may hold
 * placeholders such as {organisation}; the engine (placeholders.ts) fills them and refuses to leave any.
 * Variables: {name} {organisation} {date} {occurred} {contained} {systems} {dataItems} {contactName}
 * {contactDetails} {measures} {measuresPlanned} {managerConsequences} {groups}, and for HIPAA {tollFree} {email}
 * {website} {postalAddress}.
 */

/** The sentences that tell this breach's nature (Art. 34(2), EDPB 9/2022): each chosen from one fact. */
export interface NatureSentences {
  /** Seen or opened by someone not entitled (facts.confidentiality.access). */
  access: Record<"confirmed" | "ruled_out" | "unknown", string>;
  /** Copied or taken away (facts.confidentiality.exfiltration); "confirmed" stands alone, the others follow `access`. */
  exfiltration: Record<"confirmed" | "ruled_out" | "unknown", string>;
  integrity: string;
  integrityUsed: string;
  integrityNotUsed: string;
  availability: string;
  availabilityLost: string;
  careDisrupted: string;
  system: string;
  occurredOn: string;
  occurredPeriod: string;
  occurredOngoing: string;
}

/** 45 CFR 164.404(c) and (d): what a HIPAA notice adds to the GDPR letter. */
export interface HipaaWords {
  healthPlanStep: string;
  contactIntro: string;
  tollFree: string;
  email: string;
  website: string;
  postal: string;
  postedFor90Days: string;
  tollFreeFor90Days: string;
}
export interface CommunicationTemplate {
  language: MessageLanguage;
  subject: string;
  salutationNamed: string;
  salutationGeneric: string;
  intro: string;
  headings: {
    whatHappened: string;
    information: string;
    consequences: string;
    measures: string;
    planned: string;
    advice: string;
    contact: string;
  };
  /** Used only when the facts do not say more (no confidentiality details recorded). */
  nature: Record<BreachType, string>;
  narrative: NatureSentences;
  discoveredOn: string;
  /** The data items the practice listed in its own words. */
  dataItems: string;
  informationIntro: string;
  dataCategories: Record<DataCategory, string>;
  consequences: Record<ConsequenceCode, string>;
  measuresIntro: string;
  advice: Record<AdviceCode, string>;
  contact: string;
  closing: string;
  signOff: string;
  /** Only where the language serves US practices (HIPAA); a HIPAA notice in another language is refused. */
  hipaa?: HipaaWords;
  public: {
    subject: string;
    title: string;
    intro: string;
    concerns: string;
    subjectGroups: Record<SubjectCategory, string>;
    ifConcerned: string;
  };
}
