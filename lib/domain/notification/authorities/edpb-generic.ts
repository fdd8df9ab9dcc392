import type { AuthorityProfile } from "./profile-types";
import { LABELS_EN } from "./labels-en";
import { VOCABULARY_EN } from "./vocabulary-en";

/*
 * For a country without a dedicated profile: the sections of the EDPB common template (June 2026 draft),
 * with our own English headings. No submission channel: it depends on the competent authority.
 */
export const EDPB_GENERIC_PROFILE: AuthorityProfile = {
  id: "edpb",
  name: "Competent supervisory authority (EDPB common template)",
  country: null,
  language: "en",
  documentTitle: "Personal data breach notification (Art. 33 GDPR)",
  sections: [
    { id: "notification_type", title: "1. Type of notification", fields: ["notification.kind", "notification.reference", "delay.reasons"] },
    { id: "controller", title: "2. Controller, reporting person and DPO",
      fields: ["controller.name", "controller.address", "controller.country", "controller.registrationId", "contact.name", "contact.role", "contact.email", "contact.phone"] },
    { id: "timeline", title: "3.1 Dates, times and duration",
      fields: ["timeline.occurredAt", "timeline.discoveredAt", "timeline.awareAt", "timeline.ongoing", "timeline.containedAt", "timeline.howDiscovered"] },
    { id: "nature", title: "3.2 Nature of the breach",
      fields: ["nature.description", "nature.breachTypes", "nature.cause", "nature.recipients", "nature.exfiltration"] },
    { id: "people_data", title: "3.3 People and data concerned",
      fields: ["people.categories", "people.count", "data.categories", "data.records"] },
    { id: "protection", title: "3.4 Protection in place", fields: ["protection.encryption", "protection.identifiability"] },
    { id: "consequences", title: "4. Likely consequences", fields: ["consequences.text", "consequences.riskLevel", "consequences.reasons"] },
    { id: "measures", title: "5. Measures to mitigate and to prevent recurrence", fields: ["measures.taken", "measures.proposed"] },
    { id: "communication", title: "6. Communication to the people concerned", fields: ["communication.status"] },
    { id: "cross_border", title: "7. Cross-border processing", fields: ["crossBorder.involved", "crossBorder.leadAuthority"] },
  ],
  labels: LABELS_EN,
  vocabulary: VOCABULARY_EN,
};
