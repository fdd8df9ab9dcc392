import { QUESTIONS_CONSEQUENCES_COMMUNICATION } from "./edpb-questions-consequences-communication";
import { QUESTIONS_INITIAL_INFORMATION } from "./edpb-questions-initial-information";
import { QUESTIONS_NOTIFICATION_CONTROLLER } from "./edpb-questions-notification-controller";
import { QUESTIONS_OTHER_ATTACHMENTS } from "./edpb-questions-other-attachments";
import type { TemplateQuestion } from "./edpb-template-types";

export { EDPB_TEMPLATE_HEADINGS, EDPB_TEMPLATE_ROWS, type TemplateOption, type TemplateQuestion } from "./edpb-template-types";

/** Every question of the EDPB common template (100), in the template's order (see edpb-template-types.ts). */
export const TEMPLATE_QUESTIONS: readonly TemplateQuestion[] = [
  ...QUESTIONS_NOTIFICATION_CONTROLLER,
  ...QUESTIONS_INITIAL_INFORMATION,
  ...QUESTIONS_CONSEQUENCES_COMMUNICATION,
  ...QUESTIONS_OTHER_ATTACHMENTS,
];
