/* The Art. 34 communication to the people affected: letters, public notice, HTML, completeness. */
export { buildSubjectMessage, buildPublicNotice } from "./build-message";
export { checkCommunicationCompleteness, type CommunicationMissingItem } from "./completeness";
export { fillPlaceholders } from "./placeholders";
export { renderMessageHtml, escapeHtml } from "./render-html";
export type { MessageBlock, SubjectMessage } from "./message-types";
export { COMMUNICATION_TEMPLATES, MESSAGE_LANGUAGES, type MessageLanguage } from "./templates";
