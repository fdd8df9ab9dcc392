import type { FieldKey, ProfileSection } from "./profile-types";

/*
 * The sections of the EDPB common template (June 2026 draft) and the fields each holds, in the template's order.
 * Documents that follow the template (the generic English one, the German one of the Länder and the DSB) share
 * this backbone and differ only in their headings, which keep the template's section numbers.
 */
const EDPB_TEMPLATE_FIELDS = {
  notification_type: ["notification.kind", "notification.reference"],
  controller: [
    "controller.name",
    "controller.address",
    "controller.country",
    "controller.registrationId",
    "contact.name",
    "contact.role",
    "contact.email",
    "contact.phone",
  ],
  parties: ["parties.others"],
  timeline: [
    "timeline.occurredAt",
    "timeline.discoveredAt",
    "timeline.awareAt",
    "timeline.ongoing",
    "timeline.containedAt",
    "delay.reasons",
    "timeline.discoveredBy",
    "timeline.howDiscovered",
  ],
  nature: [
    "nature.description",
    "nature.breachTypes",
    "nature.cause",
    "nature.recipients",
    "nature.access",
    "nature.exfiltration",
    "nature.systems",
  ],
  people_data: ["people.categories", "people.count", "data.categories", "data.records"],
  protection: ["protection.measuresInPlace", "protection.encryption", "protection.identifiability"],
  consequences: ["consequences.text", "consequences.riskLevel", "consequences.reasons"],
  measures: ["measures.taken", "measures.proposed"],
  communication: ["communication.status"],
  other_authorities: ["other.police", "other.authorities"],
  cross_border: ["crossBorder.involved", "crossBorder.leadAuthority"],
} as const satisfies Record<string, readonly FieldKey[]>;

export type EdpbTemplateSection = keyof typeof EDPB_TEMPLATE_FIELDS;

/** The template's sections under one language's headings (a heading for every section, or it does not compile). */
export function edpbTemplateSections(headings: Readonly<Record<EdpbTemplateSection, string>>): readonly ProfileSection[] {
  return (Object.keys(EDPB_TEMPLATE_FIELDS) as EdpbTemplateSection[]).map((id) => ({
    id,
    title: headings[id],
    fields: EDPB_TEMPLATE_FIELDS[id],
  }));
}
