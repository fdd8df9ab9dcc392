import { formatForPeople } from "@/lib/domain/deadlines";
import { CONSEQUENCE_TEXT_EN } from "@/lib/domain/notification";
import type { DocumentModel } from "@/lib/documents/document-model";
import type { AssessmentDto } from "@/lib/server/assessments/assessment-dto";
import type { FilingDto } from "@/lib/server/filings/filing-dto";
import type { NotificationDraft } from "./notification-draft";

/**
 * The incident's Art. 33(5) register entry as a document: the facts, the effects, the remedial action, the
 * decision with its rationale, and whether and when the authority was notified (with delay reasons).
 * `peopleTold`, when given, lists how the people affected were told (Art. 34), one line per communication.
 */
export function registerEntryDocumentModel(
  draft: NotificationDraft,
  assessment: AssessmentDto | null,
  filings: FilingDto[],
  generatedAt: Date,
  peopleTold?: readonly string[],
): DocumentModel {
  const { content, incident } = draft;
  const when = (iso: string | null) => (iso ? formatForPeople(new Date(iso), incident.timeZone) : "not known yet");
  const list = (values: readonly string[]) => (values.length ? values.join(", ") : "not known yet");
  const consequences =
    content.likelyConsequences.text ??
    (content.likelyConsequences.derivedCodes.map((code) => CONSEQUENCE_TEXT_EN[code]).join(" ") || "not known yet");
  const first = filings[0];
  return {
    title: `Breach register entry: ${incident.title}`,
    reference: incident.reference,
    language: "en",
    generatedAt,
    timeZone: incident.timeZone,
    sections: [
      {
        heading: "Facts",
        blocks: [
          {
            kind: "fields",
            rows: [
              { label: "Occurred", value: when(content.timeline.occurredAt) },
              { label: "Discovered", value: when(content.timeline.discoveredAt) },
              { label: "Aware", value: when(content.timeline.awareAt) },
              { label: "Type of breach", value: list(content.nature.breachTypes) },
              { label: "Data", value: list(content.nature.dataCategories) },
              {
                label: "People",
                value:
                  `${list(content.nature.subjectCategories)}; about ` +
                  `${content.nature.approximateSubjects ?? "an unknown number of"} people`,
              },
              {
                label: "Records",
                value: content.nature.approximateRecords == null ? "not known yet" : String(content.nature.approximateRecords),
              },
              { label: "Cause", value: content.nature.cause ?? "not known yet" },
            ],
          },
          { kind: "paragraph", text: `What happened\n${content.nature.description ?? "not described yet"}` },
        ],
      },
      {
        heading: "Effects",
        blocks: [
          { kind: "fields", rows: [{ label: "Risk level", value: assessment?.riskLevel ?? "not assessed yet" }] },
          { kind: "paragraph", text: `Likely consequences\n${consequences}` },
        ],
      },
      {
        heading: "Remedial action",
        blocks: [
          {
            kind: "fields",
            rows: [
              { label: "Ongoing", value: content.timeline.ongoing == null ? "not known yet" : content.timeline.ongoing ? "yes" : "no" },
              { label: "Contained", value: when(content.timeline.containedAt) },
            ],
          },
          { kind: "paragraph", text: `Measures taken\n${content.measures.taken ?? "not recorded yet"}` },
        ],
      },
      {
        heading: "Decision and notification",
        blocks: [
          {
            kind: "fields",
            rows: [
              {
                label: "Authority",
                value: assessment
                  ? `${assessment.authority.decision}${assessment.authority.overridden ? " (overrides the suggestion)" : ""}`
                  : "not decided yet",
              },
              {
                label: "People",
                value: assessment
                  ? `${assessment.subjects.decision}${assessment.subjects.overridden ? " (overrides the suggestion)" : ""}`
                  : "not decided yet",
              },
              { label: draft.deadline?.label ?? "Notify the authority by", value: when(draft.notifyAuthorityBy) },
              { label: "First filed", value: first ? `${when(first.filedAt)} with ${first.authority}` : "not filed" },
              { label: "Filings", value: String(filings.length) },
              ...(peopleTold ? [{ label: "People told", value: peopleTold.length ? peopleTold.join("; ") : "not recorded" }] : []),
            ],
          },
          ...(assessment ? [{ kind: "paragraph" as const, text: `Rationale\n${assessment.authority.rationale}` }] : []),
          ...(first?.lateReason ? [{ kind: "paragraph" as const, text: `Reasons for the delay\n${first.lateReason}` }] : []),
        ],
      },
    ],
  };
}
