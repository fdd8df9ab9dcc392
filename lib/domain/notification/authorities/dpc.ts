import type { AuthorityProfile } from "./profile-types";
import { LABELS_EN } from "./labels-en";
import { VOCABULARY_EN } from "./vocabulary-en";

/*
 * Ireland, Data Protection Commission. Section headings are ours, grouped the way national forms group
 * Art. 33(3); the DPC web form's own headings could not be read from here. The form's address below is the
 * one a law firm's guide cites (activemind.legal, "Data breaches in Ireland"), not read on dataprotection.ie.
 */
export const DPC_PROFILE: AuthorityProfile = {
  id: "dpc",
  name: "Data Protection Commission (Ireland)",
  country: "IE",
  language: "en",
  documentTitle: "Personal data breach notification to the Data Protection Commission",
  submission: {
    channel: "The DPC's online breach notification form on its website",
    url: "https://forms.dataprotection.ie/report-a-breach-of-personal-data",
  },
  sections: [
    { id: "notification_type", title: "Notification details", fields: ["notification.kind", "notification.reference", "delay.reasons"] },
    {
      id: "controller",
      title: "Organisation details",
      fields: ["controller.name", "controller.address", "controller.country", "controller.registrationId"],
    },
    {
      id: "contact",
      title: "Contact person / Data Protection Officer",
      fields: ["contact.name", "contact.role", "contact.email", "contact.phone"],
    },
    {
      id: "timeline",
      title: "Breach dates and discovery",
      fields: [
        "timeline.occurredAt",
        "timeline.discoveredAt",
        "timeline.awareAt",
        "timeline.ongoing",
        "timeline.containedAt",
        "timeline.discoveredBy",
        "timeline.howDiscovered",
      ],
    },
    {
      id: "nature",
      title: "Nature of the breach",
      fields: [
        "nature.description",
        "nature.breachTypes",
        "nature.cause",
        "nature.recipients",
        "nature.access",
        "nature.exfiltration",
        "nature.systems",
        "protection.measuresInPlace",
        "protection.encryption",
        "protection.identifiability",
      ],
    },
    { id: "parties", title: "Processors and other parties involved", fields: ["parties.others"] },
    {
      id: "people_data",
      title: "Data subjects and personal data affected",
      fields: ["people.categories", "people.count", "data.categories", "data.records"],
    },
    { id: "consequences", title: "Likely consequences", fields: ["consequences.text", "consequences.riskLevel", "consequences.reasons"] },
    { id: "measures", title: "Measures taken or proposed", fields: ["measures.taken", "measures.proposed"] },
    { id: "communication", title: "Communication to data subjects", fields: ["communication.status"] },
    { id: "cross_border", title: "Cross-border processing", fields: ["crossBorder.involved", "crossBorder.leadAuthority"] },
    { id: "other_authorities", title: "Police and other authorities", fields: ["other.police", "other.authorities"] },
  ],
  labels: LABELS_EN,
  vocabulary: VOCABULARY_EN,
};
