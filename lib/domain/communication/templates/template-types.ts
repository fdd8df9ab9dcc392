import type { BreachType, DataCategory, SubjectCategory } from "@/lib/schemas/breach-facts";
import type { ConsequenceCode } from "@/lib/domain/notification/consequences";
import type { AdviceCode } from "../advice";

export const MESSAGE_LANGUAGES = ["en", "fr", "cs", "de"] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/*
 * The words of an Art. 34(2) letter and of the Art. 34(3)(c) public notice in one language. Texts may hold
 * placeholders such as {organisation}; the engine (placeholders.ts) fills them and refuses to leave any.
 * Variables: {name} {organisation} {date} {contactName} {contactDetails} {measures} {groups}.
 */
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
    advice: string;
    contact: string;
  };
  nature: Record<BreachType, string>;
  discoveredOn: string;
  informationIntro: string;
  dataCategories: Record<DataCategory, string>;
  consequences: Record<ConsequenceCode, string>;
  measuresIntro: string;
  advice: Record<AdviceCode, string>;
  contact: string;
  closing: string;
  signOff: string;
  public: {
    subject: string;
    title: string;
    intro: string;
    concerns: string;
    subjectGroups: Record<SubjectCategory, string>;
    ifConcerned: string;
  };
}
