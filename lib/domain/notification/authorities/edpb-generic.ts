import type { AuthorityProfile } from "./profile-types";
import { LABELS_EN } from "./labels-en";
import { VOCABULARY_EN } from "./vocabulary-en";

/*
 * For a country without a dedicated profile: the sections of the EDPB common template (June 2026 draft), with
 * the template's section numbers (see EDPB_TEMPLATE_HEADINGS in edpb-template-types.ts for the sources) and our
 * own English headings. Where one of our groups spans two of the template's sections, both numbers are given.
 * No submission channel: it depends on the competent authority.
 */
export const EDPB_GENERIC_PROFILE: AuthorityProfile = {
  id: "edpb",
  name: "Competent supervisory authority (EDPB common template)",
  country: null,
  language: "en",
  documentTitle: "Personal data breach notification (Art. 33 GDPR)",
  sections: [
    { id: "notification_type", title: "1. Type of notification", fields: ["notification.kind", "notification.reference"] },
    {
      id: "controller",
      title: "2. Controller, person reporting and contact point",
      fields: [
        "controller.name",
        "controller.address",
        "controller.country",
        "controller.registrationId",
        "contact.name",
        "contact.role",
        "contact.email",
        "contact.phone",
      ],
    },
    { id: "parties", title: "2.4 Other parties involved", fields: ["parties.others"] },
    {
      id: "timeline",
      title: "3.1 Dates and times, and how it was found",
      fields: [
        "timeline.occurredAt",
        "timeline.discoveredAt",
        "timeline.awareAt",
        "timeline.ongoing",
        "timeline.containedAt",
        "delay.reasons",
        "timeline.discoveredBy",
        "timeline.howDiscovered",
      ],
    },
    {
      id: "nature",
      title: "3.2 Nature and circumstances of the breach",
      fields: [
        "nature.description",
        "nature.breachTypes",
        "nature.cause",
        "nature.recipients",
        "nature.access",
        "nature.exfiltration",
        "nature.systems",
      ],
    },
    {
      id: "people_data",
      title: "3.3-3.4 People and records concerned",
      fields: ["people.categories", "people.count", "data.categories", "data.records"],
    },
    {
      id: "protection",
      title: "3.5 Protection in place at the time",
      fields: ["protection.measuresInPlace", "protection.encryption", "protection.identifiability"],
    },
    {
      id: "consequences",
      title: "4.1-4.2 Likely consequences and risk assessment",
      fields: ["consequences.text", "consequences.riskLevel", "consequences.reasons"],
    },
    { id: "measures", title: "4.3-4.4 Measures to mitigate and to prevent a repeat", fields: ["measures.taken", "measures.proposed"] },
    { id: "communication", title: "5. Communication to the people concerned", fields: ["communication.status"] },
    { id: "other_authorities", title: "6.1 Other authorities or bodies told", fields: ["other.police", "other.authorities"] },
    { id: "cross_border", title: "6.2 Cross-border processing", fields: ["crossBorder.involved", "crossBorder.leadAuthority"] },
  ],
  labels: LABELS_EN,
  vocabulary: VOCABULARY_EN,
};
