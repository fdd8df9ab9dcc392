import type { AuthorityProfile } from "./profile-types";
import { LABELS_EN } from "./labels-en";
import { VOCABULARY_EN } from "./vocabulary-en";

/*
 * United Kingdom, Information Commissioner's Office (UK GDPR). Verified on ico.org.uk: the online form is in
 * six parts, the first titled "About your report"; the helpline takes reports on 0303 123 1113, weekdays
 * 9am to 5pm; and the topics it asks about (what happened, when and how you found out, the people affected,
 * what you are doing, who to contact). The other part headings below are ours, following those topics.
 */
export const ICO_PROFILE: AuthorityProfile = {
  id: "ico",
  name: "Information Commissioner's Office (UK)",
  country: "GB",
  language: "en",
  documentTitle: "Personal data breach report to the ICO",
  submission: {
    channel: "The ICO's online personal data breach form, or its helpline on 0303 123 1113 (Monday to Friday, 9am to 5pm)",
    url: "https://ico.org.uk/for-organisations/report-a-breach/personal-data-breach/",
  },
  sections: [
    { id: "report", title: "About your report", fields: ["notification.kind", "notification.reference", "delay.reasons"] },
    { id: "organisation", title: "About your organisation",
      fields: ["controller.name", "controller.address", "controller.country", "controller.registrationId"] },
    { id: "what_happened", title: "What has happened",
      fields: ["nature.description", "nature.breachTypes", "nature.cause", "nature.recipients", "nature.exfiltration", "timeline.occurredAt", "timeline.ongoing", "timeline.containedAt"] },
    { id: "found_out", title: "When and how you found out",
      fields: ["timeline.discoveredAt", "timeline.awareAt", "timeline.howDiscovered"] },
    { id: "people_data", title: "The people and data affected",
      fields: ["people.categories", "people.count", "data.categories", "data.records", "protection.encryption", "protection.identifiability", "consequences.text", "consequences.riskLevel", "consequences.reasons"] },
    { id: "actions", title: "What you are doing about it",
      fields: ["measures.taken", "measures.proposed", "communication.status", "crossBorder.involved", "crossBorder.leadAuthority"] },
    { id: "contact", title: "Who we should contact", fields: ["contact.name", "contact.role", "contact.email", "contact.phone"] },
  ],
  labels: {
    ...LABELS_EN,
    "notification.kind": "Is this an initial report or a follow-up?",
    "timeline.discoveredAt": "When did you discover the breach?",
    "timeline.occurredAt": "When did the breach happen?",
    "people.count": "How many people could be affected?",
    "consequences.text": "Potential consequences for the people affected",
    "communication.status": "Have you told the people affected?",
  },
  vocabulary: VOCABULARY_EN,
};
