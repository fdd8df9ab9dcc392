import { MESSAGE_LANGUAGES, type MessageLanguage } from "./templates";

/** Printed after the subject of a communication not approved yet, in the message's own language. */
const DRAFT_MARK: Record<MessageLanguage, string> = {
  en: "DRAFT, not approved",
  fr: "PROJET, non approuvé",
  cs: "NÁVRH, dosud neschváleno",
  de: "ENTWURF, noch nicht freigegeben",
};

export function draftTitle(subject: string, language: string): string {
  const known = (MESSAGE_LANGUAGES as readonly string[]).includes(language) ? (language as MessageLanguage) : "en";
  return `${subject} (${DRAFT_MARK[known]})`;
}
