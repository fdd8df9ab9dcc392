import type { NotificationSectionId } from "./sections";

/*
 * The EDPB common template for personal data breach notifications (version 1.0, adopted for public
 * consultation at the plenary of 10 June 2026, document dated 8 June 2026, consultation until 5 August 2026),
 * as the backbone of every notification Breachdesk prepares.
 *
 * Provenance, honestly stated:
 * - The EDPB's own document (edpb.europa.eu, "Template for personal data breach notification", a .docx
 *   published under system/files/2026-06/) could not be read from here.
 * - The template numbers its rows 1 to 126: 26 rows are section headings, 100 are questions. The row numbers,
 *   section numbers, answer types, visibility conditions and predefined options below follow two renderings
 *   that agree with each other: the JSON schema and data of the "EDPB Breach Notification Assistant"
 *   (GitHub NicklawAI/edpb-breach-notification-assistant, src/data.js and
 *   src/schema/breach-notification.schema.json, which say they were extracted cell by cell from the .docx),
 *   and the field map of GitHub oliverschmidtprietz/GDPR-Breach-Sentinel
 *   (references/edpb-template-evidence-file.md), which gives the section headings and the same options.
 *   Press reports of "125 questions" count the numbered rows.
 * - The question wording and option labels (edpb-questions-*.ts) are OUR OWN paraphrases, written for this
 *   app; only short field labels are close to the template's. They must not be quoted as the EDPB's text.
 */

export type AnswerType = "single_choice" | "multi_choice" | "yes_no" | "text" | "long_text" | "datetime" | "date" | "number";

export interface TemplateOption {
  value: string;
  label: string;
}

export interface TemplateQuestion {
  id: string;
  /** Row number in the template (1-126; headings take the rows listed in EDPB_TEMPLATE_HEADINGS). */
  edpbField: number;
  /** The template's own section number, e.g. "2.3.1". */
  edpbSection: string;
  /** Breachdesk's coarser section, shared with the completeness check and the authority profiles. */
  section: NotificationSectionId;
  question: string;
  answerType: AnswerType;
  options?: readonly TemplateOption[];
  /** "conditional": asked only in some situations (the mapper decides whether it applies). */
  mandatory: "yes" | "conditional" | "no";
  gdpr?: string;
}

export interface TemplateHeading {
  edpbField: number;
  edpbSection: string;
  /** Our own short title for the section. */
  title: string;
}

/** The 26 heading rows of the template, in order; every other row up to EDPB_TEMPLATE_ROWS is a question. */
export const EDPB_TEMPLATE_HEADINGS: readonly TemplateHeading[] = [
  { edpbField: 1, edpbSection: "1", title: "About this notification" },
  { edpbField: 2, edpbSection: "1.1", title: "Type of notification" },
  { edpbField: 8, edpbSection: "2", title: "The controller and the person reporting" },
  { edpbField: 9, edpbSection: "2.1", title: "The controller" },
  { edpbField: 20, edpbSection: "2.2", title: "The person reporting" },
  { edpbField: 27, edpbSection: "2.3", title: "Data protection officer or other contact point" },
  { edpbField: 28, edpbSection: "2.3.1", title: "The data protection officer" },
  { edpbField: 32, edpbSection: "2.3.2", title: "Where more information can be obtained" },
  { edpbField: 37, edpbSection: "2.4", title: "Other parties involved" },
  { edpbField: 42, edpbSection: "3", title: "First information on the breach" },
  { edpbField: 43, edpbSection: "3.1", title: "Dates and times, and how it was found" },
  { edpbField: 54, edpbSection: "3.2", title: "Nature and circumstances" },
  { edpbField: 64, edpbSection: "3.3", title: "People concerned" },
  { edpbField: 69, edpbSection: "3.4", title: "Personal data records concerned" },
  { edpbField: 74, edpbSection: "3.5", title: "Protection in place at the time" },
  { edpbField: 77, edpbSection: "4", title: "Further information on the breach" },
  { edpbField: 78, edpbSection: "4.1", title: "Likely consequences for the people" },
  { edpbField: 88, edpbSection: "4.2", title: "Assessment of the risk" },
  { edpbField: 91, edpbSection: "4.3", title: "Measures to address the breach and limit its effects" },
  { edpbField: 93, edpbSection: "4.4", title: "Measures to prevent a similar breach" },
  { edpbField: 96, edpbSection: "5", title: "Communication to the people concerned" },
  { edpbField: 107, edpbSection: "6", title: "Other matters" },
  { edpbField: 108, edpbSection: "6.1", title: "Other authorities or bodies told" },
  { edpbField: 112, edpbSection: "6.2", title: "Cross-border processing" },
  { edpbField: 119, edpbSection: "6.3", title: "Controller established outside the EEA" },
  { edpbField: 124, edpbSection: "7", title: "Attachments" },
];

/** Rows of the template, headings included. */
export const EDPB_TEMPLATE_ROWS = 126;

/** The template's top-level sections onto Breachdesk's sections (4 is split into consequences and measures). */
export function breachdeskSection(edpbSection: string): NotificationSectionId {
  if (edpbSection.startsWith("1")) return "notification_type";
  if (edpbSection.startsWith("2")) return "controller";
  if (edpbSection.startsWith("3")) return "nature";
  if (edpbSection === "4.3" || edpbSection === "4.4") return "measures";
  if (edpbSection.startsWith("4")) return "consequences";
  if (edpbSection.startsWith("5")) return "communication";
  return "additional_information";
}

/** Questions are written without `section`; it follows from the template's section number. */
export function defineQuestions(specs: readonly Omit<TemplateQuestion, "section">[]): TemplateQuestion[] {
  return specs.map((spec) => ({ ...spec, section: breachdeskSection(spec.edpbSection) }));
}

export const YES_NO_UNKNOWN: readonly TemplateOption[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unknown", label: "Unknown" },
];

/** The incident taxonomy of the template (25 kinds), in our own short labels. */
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
