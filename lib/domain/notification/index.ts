/* The Art. 33 notification: content, completeness, EDPB template, authority profiles, documents, diffs. */
export type * from "./types";
export { buildArt33Content, type Art33Content } from "./art33-content";
export { checkCompleteness, type MissingItem } from "./completeness";
export { deriveConsequences, CONSEQUENCE_CODES, CONSEQUENCE_TEXT_EN, type ConsequenceCode } from "./consequences";
export { NOTIFICATION_SECTIONS, type NotificationSectionId } from "./sections";
export { notificationDeadline, notificationLateness, type Lateness } from "./timing";
export { formatInstant, formatDate, formatCount, type DocumentLanguage } from "./format-instant";
export {
  TEMPLATE_QUESTIONS,
  EDPB_INCIDENT_TYPES,
  EDPB_TEMPLATE_HEADINGS,
  EDPB_TEMPLATE_ROWS,
  type TemplateQuestion,
  type TemplateHeading,
  type TemplateOption,
  type AnswerType,
} from "./edpb-template-questions";
export {
  answerTemplate,
  FACT_GAPS,
  type TemplateAnswers,
  type TemplateAnswer,
  type TemplateGap,
  type AnswerValue,
  type FactGap,
} from "./edpb-template-answers";
export { selectAuthority, AUTHORITY_PROFILES } from "./authorities/select-authority";
export type { AuthorityProfile, AuthorityId, FieldKey, Vocabulary } from "./authorities/profile-types";
export { renderNotificationDocument, type NotificationDocument, type DocumentSection, type DocumentBlock } from "./render-document";
export { diffNotifications, type NotificationChange, type DiffValue } from "./diff-notifications";
