import { QUESTIONS_CONSEQUENCES_TO_END } from "./edpb-questions-consequences-to-end";
import { QUESTIONS_TYPE_CONTROLLER_NATURE } from "./edpb-questions-type-controller-nature";
import type { TemplateQuestion } from "./edpb-template-types";

export { EDPB_INCIDENT_TYPES, type AnswerType, type TemplateOption, type TemplateQuestion } from "./edpb-template-types";

/** Every modelled question of the EDPB common template, in the template's order (see edpb-template-types.ts). */
export const TEMPLATE_QUESTIONS: readonly TemplateQuestion[] = [
  ...QUESTIONS_TYPE_CONTROLLER_NATURE,
  ...QUESTIONS_CONSEQUENCES_TO_END,
];
