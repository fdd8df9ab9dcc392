/* The Art. 34 communication to the people affected: letters, public notice, HTML, completeness. */
export { buildSubjectMessage, buildPublicNotice, blocksToText } from "./build-message";
export {
  checkCommunicationCompleteness,
  hipaaSubstituteNotice,
  type CommunicationMissingItem,
  type SubstituteNotice,
} from "./completeness";
export { chooseAdvice, ADVICE_CODES, type AdviceCode } from "./advice";
export {
  fillPlaceholders,
  fillAll,
  placeholdersIn,
  MissingVariablesError,
  NotAPersonalDataBreachError,
  type FillResult,
  type TemplateVariables,
} from "./placeholders";
export { renderMessageHtml, escapeHtml } from "./render-html";
export type { MessageBlock, MessageResult, Recipient, SubjectMessage } from "./message-types";
export { COMMUNICATION_TEMPLATES, MESSAGE_LANGUAGES, type MessageLanguage, type CommunicationTemplate } from "./templates";
