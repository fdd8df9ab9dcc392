import { TEMPLATE_CS } from "./cs";
import { TEMPLATE_DE } from "./de";
import { TEMPLATE_EN } from "./en";
import { TEMPLATE_FR } from "./fr";
import type { CommunicationTemplate, MessageLanguage } from "./template-types";

export const COMMUNICATION_TEMPLATES: Record<MessageLanguage, CommunicationTemplate> = {
  en: TEMPLATE_EN,
  fr: TEMPLATE_FR,
  cs: TEMPLATE_CS,
  de: TEMPLATE_DE,
};

export { MESSAGE_LANGUAGES, type MessageLanguage, type CommunicationTemplate } from "./template-types";
