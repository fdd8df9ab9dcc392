import type { NotificationSectionId } from "./sections";

/*
 * The EDPB common template for personal data breach notifications (draft adopted 10 June 2026, public
 * consultation until 5 August 2026), as the backbone of every notification Breachdesk prepares.
 *
 * Provenance, honestly stated:
 * - The section list (type of notification; controller, reporter, DPO; nature: dates, people and data,
 *   protection in place; likely consequences; measures; communication to data subjects) is confirmed by
 *   several public reports of the EDPB's publication.
 * - The EDPB's own document could not be read from here. Field numbers (`edpbField`), answer types and the
 *   sets of predefined options follow a third-party transcription of the draft (the open-source
 *   "EDPB Breach Notification Assistant", GitHub NicklawAI/edpb-breach-notification-assistant, src/data.js),
 *   not verified against the EDPB's own text.
 * - The question wording and option labels (edpb-questions-*.ts) are OUR OWN paraphrases, written for this app. They are not
 *   the EDPB's wording and must not be quoted as such.
 * Only the questions Breachdesk can answer or must flag are modelled: 66 of the ~125.
 */

export type AnswerType =
  | "single_choice"
  | "multi_choice"
  | "yes_no"
  | "text"
  | "long_text"
  | "datetime"
  | "date"
  | "number";

export interface TemplateOption {
  value: string;
  label: string;
}

export interface TemplateQuestion {
  id: string;
  /** Field number in the transcription mentioned above; null for questions we added. */
  edpbField: number | null;
  section: NotificationSectionId;
  question: string;
  answerType: AnswerType;
  options?: readonly TemplateOption[];
  /** "conditional": asked only in some situations (the mapper decides whether it applies). */
  mandatory: "yes" | "conditional" | "no";
  gdpr?: string;
}


/** The incident taxonomy of the template (25 kinds in the transcription), in our own short labels. */
export const EDPB_INCIDENT_TYPES: readonly TemplateOption[] = [
  { value: "employee_abuse_of_access", label: "An employee misused their access" },
  { value: "ransomware", label: "Ransomware or an encrypted device" },
  { value: "hacking_malware", label: "Hacking or malware" },
  { value: "phishing_social_engineering", label: "Phishing or social engineering" },
  { value: "vulnerability_exploited", label: "A security vulnerability was (likely) exploited" },
  { value: "unauthorised_system_access", label: "Unauthorised access to data in IT systems" },
  { value: "exfiltration", label: "Data exfiltrated or extracted without authorisation" },
  { value: "records_mixed_up", label: "Another person's data shown (records mixed up)" },
  { value: "device_lost_stolen", label: "Device lost or stolen" },
  { value: "e_waste", label: "Data left on a discarded device" },
  { value: "paper_disposal", label: "Paper records disposed of incorrectly" },
  { value: "mail_misdelivered", label: "Post or e-mail lost, opened or delivered to the wrong person" },
  { value: "misconfiguration", label: "Misconfiguration" },
  { value: "wrong_permissions", label: "Wrong access permissions (shared folder, cloud storage)" },
  { value: "paper_lost_stolen", label: "Paper lost, stolen or left unsecured" },
  { value: "data_deleted", label: "Data deleted or destroyed" },
  { value: "shown_to_wrong_recipient", label: "Data shown to the wrong person" },
  { value: "sent_by_mistake", label: "Data sent by mistake (post or e-mail)" },
  { value: "no_bcc", label: "E-mail to many recipients without blind copy" },
  { value: "technical_malfunction", label: "Technical malfunction" },
  { value: "unauthorised_modification", label: "Data changed without authorisation" },
  { value: "unintended_publication", label: "Published by mistake (public link, website)" },
  { value: "verbal_disclosure", label: "Disclosed orally" },
  { value: "to_be_determined", label: "Not determined yet" },
  { value: "other", label: "Other" },
];
