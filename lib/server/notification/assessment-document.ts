import { formatForPeople } from "@/lib/domain/deadlines";
import type { DocumentModel, DocumentSection } from "@/lib/documents/document-model";
import { dutiesOf, dutyHeadlines } from "@/lib/domain/risk";
import type { AssessmentDto } from "@/lib/server/assessments/assessment-dto";
import type { TimelineEventDto } from "@/lib/server/incidents/timeline/timeline-event-dto";

const WORDS: Record<string, string> = {
  notify: "Notify the supervisory authority",
  do_not_notify: "Do not notify the authority (documented in the register)",
  communicate: "Tell the people affected",
  do_not_communicate: "Do not tell the people individually",
  public_communication: "Public communication instead (Art. 34(3)(c))",
  none: "Unlikely to result in a risk",
  risk: "Risk",
  high: "High risk",
};
const word = (value: string) => WORDS[value] ?? value;

/**
 * The risk assessment as a document: the suggestion with its reasons and ENISA severity, the DPO's decisions
 * with their written rationale (overrides marked), every earlier version, and the incident's timeline.
 */
export function assessmentDocumentModel(
  incident: { reference: string; title: string; timeZone: string },
  versions: AssessmentDto[],
  timeline: TimelineEventDto[],
  generatedAt: Date,
): DocumentModel {
  const when = (iso: string) => formatForPeople(new Date(iso), incident.timeZone);
  const current = versions[0];
  const sections: DocumentSection[] = [];
  if (!current) {
    sections.push({ heading: "Risk assessment", blocks: [{ kind: "paragraph", text: "No risk assessment has been recorded yet." }] });
  } else {
    const { suggestion } = current;
    const { components } = suggestion.severity;
    // Suggestions stored before `duties` existed: only a processor was ever told to notify its controller.
    const duties = suggestion.duties ?? dutiesOf(suggestion, suggestion.notifyController ? "processor" : "controller");
    const processorDuty =
      duties.party === "processor"
        ? dutyHeadlines(duties)
            .filter((line) => line.kind === "own")
            .map((line) => line.text)
            .join("; ")
        : null;
    sections.push({
      heading: `Decision (version ${current.version})`,
      blocks: [
        {
          kind: "fields",
          rows: [
            { label: "Decided by", value: `${current.decidedBy.name}, ${when(current.decidedAt)}` },
            {
              label: "Supervisory authority",
              value: word(current.authority.decision) + (current.authority.overridden ? " (overrides the suggestion)" : " (as suggested)"),
            },
            {
              label: "People affected",
              value: `${word(current.subjects.decision)}${current.subjects.overridden ? " (overrides the suggestion)" : " (as suggested)"}`,
            },
          ],
        },
        { kind: "paragraph", text: `Rationale for the authority decision\n${current.authority.rationale}` },
        { kind: "paragraph", text: `Rationale for the decision about the people\n${current.subjects.rationale}` },
      ],
    });
    sections.push({
      heading: "Breachdesk's suggestion",
      blocks: [
        {
          kind: "fields",
          rows: [
            { label: "Risk level", value: word(suggestion.riskLevel) },
            ...(processorDuty ? [{ label: "Your duty as processor", value: processorDuty }] : []),
            { label: processorDuty ? "For the controller: authority" : "Authority", value: word(current.authority.suggested) },
            { label: processorDuty ? "For the controller: people" : "People", value: word(current.subjects.suggested) },
            { label: "Art. 34(3) exemptions", value: suggestion.exemptions.length ? suggestion.exemptions.join(", ") : "none" },
            {
              label: "ENISA severity",
              value: `${suggestion.severity.score} (${suggestion.severity.band.replace("_", " ")}), ${suggestion.severity.formula}`,
            },
          ],
        },
        {
          kind: "table",
          columns: ["Factor", "Effect", "Why", "Basis"],
          rows: suggestion.reasons.map((reason) => [reason.factor, reason.effect, reason.explanation, reason.basis]),
        },
      ],
    });
    sections.push({
      heading: "ENISA severity components",
      blocks: [
        {
          kind: "table",
          columns: ["Component", "Value", "Reasons"],
          rows: [
            [
              "Data processing context (DPC)",
              `${components.dataProcessingContext.value} (base ${components.dataProcessingContext.base})`,
              components.dataProcessingContext.reasons.map((r) => r.explanation).join(" "),
            ],
            [
              "Ease of identification (EI)",
              String(components.easeOfIdentification.value),
              components.easeOfIdentification.reasons.map((r) => r.explanation).join(" "),
            ],
            [
              "Circumstances of the breach (CB)",
              `${components.circumstances.value} (confidentiality ${components.circumstances.confidentiality}, ` +
                `integrity ${components.circumstances.integrity}, availability ` +
                `${components.circumstances.availability}, malicious intent ` +
                `${components.circumstances.maliciousIntent})`,
              components.circumstances.reasons.map((r) => r.explanation).join(" "),
            ],
          ],
        },
      ],
    });
  }
  if (versions.length > 1) {
    sections.push({
      heading: "Earlier versions",
      blocks: [
        {
          kind: "table",
          columns: ["Version", "Decided", "Risk", "Authority", "People", "Overridden"],
          rows: versions.map((v) => [
            String(v.version),
            `${when(v.decidedAt)} by ${v.decidedBy.name}`,
            word(v.riskLevel),
            v.authority.decision,
            v.subjects.decision,
            [v.authority.overridden && "authority", v.subjects.overridden && "people"].filter(Boolean).join(", ") || "no",
          ]),
        },
      ],
    });
  }
  sections.push({
    heading: "Timeline",
    blocks: timeline.length
      ? [
          {
            kind: "table",
            columns: ["When", "What", "Recorded by"],
            rows: timeline.map((e) => [when(e.happenedAt), `${e.kind}: ${e.summary}`, e.recordedBy.name]),
          },
        ]
      : [{ kind: "paragraph", text: "No events recorded." }],
  });
  return {
    title: `Risk assessment: ${incident.title}`,
    reference: incident.reference,
    language: "en",
    generatedAt,
    timeZone: incident.timeZone,
    sections,
  };
}
