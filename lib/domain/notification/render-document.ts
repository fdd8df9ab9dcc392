import type { Art33Content } from "./art33-content";
import type { AuthorityProfile, FieldKey } from "./authorities/profile-types";
import type { MissingItem } from "./completeness";
import { formatCount, formatInstant } from "./format-instant";
import { DOCUMENT_WORDS } from "./words/document-words";
import { missingMessage } from "./words/missing-messages";
import { reasonsText } from "./words/reason-phrases";

/*
 * A neutral document model: headings, label/value rows and paragraphs. The PDF renderer and the JSON export
 * both read it, so it carries words, never layout. Unknown values are printed as "not known yet" in the
 * profile's language rather than left blank, so the reader sees the gap.
 */
export interface DocumentRow {
  kind: "row";
  field: FieldKey;
  label: string;
  value: string;
  note?: string;
}

export interface DocumentParagraph {
  kind: "paragraph";
  field: FieldKey;
  label: string;
  text: string;
  note?: string;
}

export type DocumentBlock = DocumentRow | DocumentParagraph;

export interface DocumentSection {
  id: string;
  heading: string;
  blocks: DocumentBlock[];
}

export interface NotificationDocument {
  title: string;
  reference: string | null;
  authority: { id: string; name: string };
  language: AuthorityProfile["language"];
  notificationKind: string;
  generatedAt: string;
  generatedAtText: string;
  submission: { channel: string; url?: string } | null;
  /** Rows printed under the authority's name (kind of notification, channel, address), in the document's language. */
  header: { label: string; value: string }[];
  /** What is still missing, in the document's language: first what Art. 33(3) needs, then what only the form adds. */
  missing: { requiredFor: MissingItem["requiredFor"]; heading: string; items: string[] }[];
  sections: DocumentSection[];
}

/** Fields written as paragraphs (free text), the rest as label/value rows. */
const PARAGRAPH_FIELDS = new Set<FieldKey>([
  "nature.description",
  "timeline.howDiscovered",
  "consequences.text",
  "consequences.reasons",
  "measures.taken",
  "measures.proposed",
  "delay.reasons",
  "nature.systems",
  "parties.others",
  "protection.measuresInPlace",
  "other.authorities",
  "scope.reason",
]);

interface RenderedValue {
  value: string;
  note?: string;
}

export function renderNotificationDocument(
  content: Art33Content,
  profile: AuthorityProfile,
  generatedAt: string | Date,
): NotificationDocument {
  const generated = new Date(generatedAt).toISOString();
  // Not a personal-data breach: one statement in the authority's language, and no form that reads as a notification.
  const profileSections: AuthorityProfile["sections"] = content.scope
    ? [{ id: "scope", title: profile.vocabulary.notABreachHeading, fields: ["scope.reason", "nature.description"] }]
    : profile.sections;
  const sections = profileSections.map((section) => ({
    id: section.id,
    heading: section.title,
    blocks: section.fields.flatMap((field): DocumentBlock[] => {
      const rendered = renderField(field, content, profile);
      if (rendered === null) return [];
      const base = { field, label: profile.labels[field], ...(rendered.note ? { note: rendered.note } : {}) };
      return PARAGRAPH_FIELDS.has(field)
        ? [{ kind: "paragraph", text: rendered.value, ...base }]
        : [{ kind: "row", value: rendered.value, ...base }];
    }),
  }));
  return {
    title: content.scope ? profile.vocabulary.notABreachHeading : profile.documentTitle,
    reference: content.reference,
    authority: { id: profile.id, name: profile.name },
    language: profile.language,
    notificationKind: profile.vocabulary.notificationKinds[content.notificationType.kind],
    generatedAt: generated,
    generatedAtText: formatInstant(generated, content.timeline.timeZone, profile.language),
    submission: profile.submission ?? null,
    header: headerRows(content, profile),
    missing: missingLists(content.missing, profile.language),
    sections: sections.filter((section) => section.blocks.length > 0),
  };
}

function headerRows(content: Art33Content, profile: AuthorityProfile): NotificationDocument["header"] {
  const words = DOCUMENT_WORDS[profile.language];
  const { submission, postalAddress, website } = profile;
  const address = postalAddress ?? (website ? words.seeWebsite(website) : null);
  return [
    { label: words.notification, value: profile.vocabulary.notificationKinds[content.notificationType.kind] },
    ...(submission
      ? [
          {
            label: words.submission,
            value:
              submission.url && !submission.channel.includes(submission.url)
                ? `${submission.channel} ${submission.url}`
                : submission.channel,
          },
        ]
      : []),
    ...(address ? [{ label: words.authorityAddress, value: address }] : []),
  ];
}

function missingLists(missing: readonly MissingItem[], language: AuthorityProfile["language"]): NotificationDocument["missing"] {
  const words = DOCUMENT_WORDS[language];
  const lists: NotificationDocument["missing"] = [];
  for (const [requiredFor, heading] of [
    ["art33", words.missingHeading],
    ["template", words.formGapsHeading],
  ] as const) {
    const items = missing.filter((item) => item.requiredFor === requiredFor).map((item) => missingMessage(item, language));
    if (items.length > 0) lists.push({ requiredFor, heading, items });
  }
  return lists;
}

/** The value of one field in the profile's words; null when the field does not apply and is left out. */
function renderField(field: FieldKey, content: Art33Content, profile: AuthorityProfile): RenderedValue | null {
  const words = profile.vocabulary;
  const unknown = { value: words.notKnownYet };
  const orUnknown = (value: string | null | undefined): RenderedValue => (value == null || value === "" ? unknown : { value });
  const list = (values: readonly string[]): RenderedValue => (values.length ? { value: values.join("; ") } : unknown);
  const instant = (value: string | null): RenderedValue =>
    value ? { value: formatInstant(value, content.timeline.timeZone, profile.language) } : unknown;
  const count = (value: number | null): RenderedValue =>
    value == null ? unknown : { value: words.approximately(formatCount(value, profile.language)) };
  const yesNo = (value: boolean | null): RenderedValue => (value == null ? unknown : { value: value ? words.yes : words.no });
  const { nature, timeline, contactPoint, likelyConsequences } = content;

  switch (field) {
    case "notification.kind": {
      const { kind, sequence } = content.notificationType;
      return { value: `${words.notificationKinds[kind]} (${sequence})` };
    }
    case "notification.reference":
      return orUnknown(content.reference);
    case "controller.name":
      return orUnknown(content.controller.name);
    case "controller.address":
      return orUnknown(content.controller.address);
    case "controller.country":
      return orUnknown(content.controller.country);
    case "controller.registrationId":
      return content.controller.registrationId ? { value: content.controller.registrationId } : null;
    case "contact.name":
      return orUnknown(contactPoint?.name);
    case "contact.role":
      return contactPoint?.isDpo == null ? unknown : { value: contactPoint.isDpo ? words.dpo : words.otherContact };
    case "contact.email":
      return orUnknown(contactPoint?.email);
    case "contact.phone":
      return orUnknown(contactPoint?.phone);
    case "timeline.occurredAt":
      return instant(timeline.occurredAt);
    case "timeline.discoveredAt":
      return instant(timeline.discoveredAt);
    case "timeline.awareAt":
      return instant(timeline.awareAt);
    case "timeline.containedAt":
      return timeline.ongoing === true ? null : instant(timeline.containedAt);
    case "timeline.ongoing":
      return yesNo(timeline.ongoing);
    case "timeline.howDiscovered":
      return orUnknown(timeline.howDiscovered);
    case "nature.description":
      return orUnknown(nature.description);
    case "nature.breachTypes":
      return list(nature.breachTypes.map((type) => words.breachTypes[type]));
    case "nature.cause":
      return nature.cause ? { value: words.causes[nature.cause] } : unknown;
    case "nature.recipients":
      if (!nature.breachTypes.includes("confidentiality")) return null;
      return nature.recipients ? { value: words.recipients[nature.recipients] } : unknown;
    case "nature.exfiltration":
      if (!nature.breachTypes.includes("confidentiality")) return null;
      return nature.exfiltration ? { value: words.exfiltration[nature.exfiltration] } : unknown;
    case "nature.access":
      if (!nature.breachTypes.includes("confidentiality")) return null;
      return nature.access ? { value: words.access[nature.access] } : unknown;
    case "nature.systems":
      return orUnknown(nature.systems);
    case "timeline.discoveredBy":
      return timeline.discoveredBy ? { value: words.discoveredBy[timeline.discoveredBy] } : unknown;
    case "parties.others": {
      const parties = content.otherParties;
      if (parties == null) return unknown;
      // Names, roles and contacts are shown as the practice typed them.
      return {
        value: parties.length
          ? parties.map((party) => [`${party.name} (${party.role})`, party.contact].filter(Boolean).join(": ")).join("; ")
          : words.none,
      };
    }
    case "protection.measuresInPlace":
      return orUnknown(content.measuresInPlace);
    case "other.police":
      return yesNo(content.otherBodies.police);
    case "other.authorities":
      if (content.otherBodies.otherAuthorities) return { value: content.otherBodies.otherAuthorities };
      return content.otherBodies.otherAuthoritiesTold === false ? { value: words.none } : unknown;
    case "scope.reason":
      return content.scope ? { value: words.notABreach[content.scope] } : null;
    case "people.categories":
      return list(nature.subjectCategories.map((category) => words.subjectCategories[category]));
    case "people.count":
      return count(nature.approximateSubjects);
    case "data.categories":
      return list(nature.dataCategories.map((category) => words.dataCategories[category]));
    case "data.records":
      return count(nature.approximateRecords);
    case "protection.encryption":
      return nature.encryption ? { value: words.encryption[nature.encryption] } : unknown;
    case "protection.identifiability":
      return nature.identifiability ? { value: words.identifiability[nature.identifiability] } : unknown;
    case "consequences.text":
      if (likelyConsequences.source === "manager" && likelyConsequences.text) return { value: likelyConsequences.text };
      if (likelyConsequences.derivedCodes.length > 0) {
        return {
          value: likelyConsequences.derivedCodes.map((code) => words.consequences[code]).join(" "),
          note: words.derivedNote,
        };
      }
      return unknown;
    case "consequences.riskLevel":
      return likelyConsequences.riskLevel ? { value: words.riskLevels[likelyConsequences.riskLevel] } : unknown;
    case "consequences.reasons": {
      // The risk module explains in English; other languages name the same factors in their own words.
      const reasons = reasonsText(profile.language, likelyConsequences.assessmentFactors, likelyConsequences.assessmentReasons);
      return reasons ? { value: reasons } : null;
    }
    case "measures.taken":
      return orUnknown(content.measures.taken);
    case "measures.proposed":
      return orUnknown(content.measures.proposed);
    case "delay.reasons":
      return content.delay.late ? orUnknown(content.delay.reasons) : null;
    case "communication.status":
      return content.communicationToSubjects ? { value: words.communicationStatus[content.communicationToSubjects.status] } : unknown;
    case "crossBorder.involved":
      return yesNo(content.crossBorder?.involved ?? null);
    case "crossBorder.leadAuthority":
      return content.crossBorder?.involved ? orUnknown(content.crossBorder.leadAuthority) : null;
  }
}
