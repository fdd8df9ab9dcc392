import type { AuthorityProfile } from "./profile-types";
import { LABELS_EN } from "./labels-en";
import { VOCABULARY_EN } from "./vocabulary-en";

/*
 * United Kingdom, Information Commissioner's Office (UK GDPR). Verified on ico.org.uk: the online form is in
 * six parts, the first titled "About your report"; the helpline takes reports on 0303 123 1113, weekdays
 * 9am to 5pm; and the topics it asks about (what happened, when and how you found out, the people affected,
 * what you are doing, who to contact). The ICO's downloadable report form (seen as a copy on scribd.com, not on
 * ico.org.uk) opens with the report type and then "About the breach", which asks in this order what happened,
 * how and when it was found, when it happened, the categories of data, the number of records, the number and
 * categories of people: the second section and the labels below follow it. The other sections, their headings
 * and their order are ours.
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
    {
      id: "breach",
      title: "About the breach",
      fields: [
        "nature.description",
        "nature.breachTypes",
        "nature.cause",
        "nature.recipients",
        "nature.access",
        "nature.exfiltration",
        "nature.systems",
        "timeline.discoveredBy",
        "timeline.howDiscovered",
        "timeline.discoveredAt",
        "timeline.awareAt",
        "timeline.occurredAt",
        "timeline.ongoing",
        "timeline.containedAt",
        "data.categories",
        "data.records",
        "people.count",
        "people.categories",
      ],
    },
    {
      id: "risk",
      title: "Protection in place and the risk to people",
      fields: [
        "protection.measuresInPlace",
        "protection.encryption",
        "protection.identifiability",
        "consequences.text",
        "consequences.riskLevel",
        "consequences.reasons",
      ],
    },
    {
      id: "actions",
      title: "What you are doing about it",
      fields: [
        "measures.taken",
        "measures.proposed",
        "communication.status",
        "other.police",
        "other.authorities",
        "crossBorder.involved",
        "crossBorder.leadAuthority",
      ],
    },
    {
      id: "organisation",
      title: "About your organisation",
      fields: ["controller.name", "controller.address", "controller.country", "controller.registrationId", "parties.others"],
    },
    { id: "contact", title: "Who we should contact", fields: ["contact.name", "contact.role", "contact.email", "contact.phone"] },
  ],
  labels: {
    ...LABELS_EN,
    "notification.kind": "Report type (initial or follow-up)",
    "nature.description": "What has happened?",
    "timeline.howDiscovered": "How did you find out about the breach?",
    "timeline.discoveredAt": "When did you discover the breach?",
    "timeline.occurredAt": "When did the breach happen?",
    "data.categories": "Categories of personal data included in the breach",
    "data.records": "Number of personal data records concerned",
    "people.count": "How many people could be affected?",
    "people.categories": "Categories of people affected",
    "consequences.text": "Potential consequences for the people affected",
    "communication.status": "Have you told the people affected?",
  },
  vocabulary: VOCABULARY_EN,
};
