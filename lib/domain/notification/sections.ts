/*
 * The sections of the EDPB common template (June 2026 draft), used as the backbone of every notification:
 * missing items, template questions and authority profiles all point at one of them.
 */
export const NOTIFICATION_SECTIONS = [
  "notification_type",
  "controller",
  "nature",
  "consequences",
  "measures",
  "communication",
  "additional_information",
] as const;

export type NotificationSectionId = (typeof NOTIFICATION_SECTIONS)[number];
