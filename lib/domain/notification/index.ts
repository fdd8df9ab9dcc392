/* The Art. 33 notification: content, completeness, EDPB template, authority profiles, documents, diffs. */
export type * from "./types";
export { buildArt33Content, type Art33Content } from "./art33-content";
export type { MissingItem } from "./completeness";
export { deriveConsequences, CONSEQUENCE_TEXT_EN } from "./consequences";
export { answerTemplate, type TemplateAnswers } from "./edpb-template-answers";
export { selectAuthority, AUTHORITY_PROFILES } from "./authorities/select-authority";
export type { AuthorityProfile } from "./authorities/profile-types";
export { renderNotificationDocument, type NotificationDocument } from "./render-document";
export { diffNotifications, type NotificationChange } from "./diff-notifications";
