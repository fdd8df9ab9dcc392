import { formatForPeople } from "@/lib/domain/deadlines";
import type { DocumentModel, DocumentSection } from "@/lib/documents/document-model";
import { formatCount, formatInstant } from "@/lib/domain/notification/format-instant";
import { REASON_PHRASES_CS } from "@/lib/domain/notification/words/reason-phrases-cs";
import { REASON_PHRASES_DE } from "@/lib/domain/notification/words/reason-phrases-de";
import { REASON_PHRASES_FR } from "@/lib/domain/notification/words/reason-phrases-fr";
import { dutiesOf, dutyHeadlines } from "@/lib/domain/risk";
import { BASIS } from "@/lib/domain/risk/basis";
import { messagesOf } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { systemSummaryIn } from "@/lib/domain/timeline/system-summary";
import type { AssessmentDto } from "@/lib/server/assessments/assessment-dto";
import type { TimelineEventDto } from "@/lib/server/incidents/timeline/timeline-event-dto";

const REASON_PHRASES: Record<Exclude<Locale, "en">, Record<string, string>> = {
  fr: REASON_PHRASES_FR,
  cs: REASON_PHRASES_CS,
  de: REASON_PHRASES_DE,
};

/** A stored id by its name in the language's list, or the id itself. */
const inList = (list: Record<string, string>, id: string) => (Object.hasOwn(list, id) ? list[id]! : id);

/*
 * A reason's basis cites one or more of lib/domain/risk's BASIS ("GDPR Art. 4(1); GDPR Art. 4(12)"): each is
 * cited as the reader's language cites it; an article outside the list in the GDPR's name of that language.
 */
const BASIS_KEY = new Map<string, string>(Object.entries(BASIS).map(([key, citation]) => [citation, key]));
const GDPR_ARTICLE = /^GDPR Art\. (\S+)$/;
const CITED: Record<Exclude<Locale, "en">, (article: string) => string> = {
  fr: (article) => `RGPD, art. ${article}`,
  cs: (article) => `čl. ${article} GDPR`,
  de: (article) => `Art. ${article} DSGVO`,
};
function basisIn(locale: Locale, basis: string): string {
  if (locale === "en") return basis;
  const citations: Record<string, string> = messagesOf(locale).documents.assessment.bases;
  return basis
    .split("; ")
    .map((part) => {
      const key = BASIS_KEY.get(part);
      if (key && Object.hasOwn(citations, key)) return citations[key]!;
      const article = GDPR_ARTICLE.exec(part)?.[1];
      return article ? CITED[locale](article) : part;
    })
    .join("; ");
}

/**
 * The risk assessment as a document: the suggestion with its reasons and ENISA severity, the DPO's decisions
 * with their written rationale (overrides marked), every earlier version, and the incident's timeline.
 */
export function assessmentDocumentModel(
  incident: { reference: string; title: string; timeZone: string },
  versions: AssessmentDto[],
  timeline: TimelineEventDto[],
  generatedAt: Date,
  /** The language of whoever exports it; English when not given (the packet). */
  locale: Locale = "en",
): DocumentModel {
  const t = translatorFor(locale);
  const messages = messagesOf(locale).documents.assessment;
  const english = locale === "en";
  const when = (iso: string) =>
    english ? formatForPeople(new Date(iso), incident.timeZone) : formatInstant(iso, incident.timeZone, locale);
  const word = (value: string) => inList(messages.words, value);
  const number = (value: number) => (english ? String(value) : formatCount(value, locale));
  const phrases = english ? null : REASON_PHRASES[locale];
  const current = versions[0];
  const decided = (audience: { decision: string; overridden: boolean }) =>
    audience.overridden
      ? t("documents.assessment.overrides", { decision: word(audience.decision) })
      : t("documents.assessment.asSuggested", { decision: word(audience.decision) });
  const componentReasons = (reasons: ReadonlyArray<{ factor: string; explanation: string }>) =>
    phrases
      ? [...new Set(reasons.map((reason) => reason.factor))]
          .flatMap((factor) => (Object.hasOwn(phrases, factor) ? [phrases[factor]!] : []))
          .join("; ")
      : reasons.map((reason) => reason.explanation).join(" ");
  const sections: DocumentSection[] = [];
  if (!current) {
    sections.push({
      heading: t("documents.assessment.noAssessmentHeading"),
      blocks: [{ kind: "paragraph", text: t("documents.assessment.noAssessment") }],
    });
  } else {
    const { suggestion } = current;
    const { components } = suggestion.severity;
    // Suggestions stored before `duties` existed: only a processor was ever told to notify its controller.
    const duties = suggestion.duties ?? dutiesOf(suggestion, suggestion.notifyController ? "processor" : "controller");
    const processorDuty =
      duties.party === "processor" && !english
        ? t("documents.register.processorDuty")
        : duties.party === "processor"
          ? dutyHeadlines(duties)
              .filter((line) => line.kind === "own")
              .map((line) => line.text)
              .join("; ")
          : null;
    sections.push({
      heading: t("documents.assessment.decisionHeading", { version: current.version }),
      blocks: [
        {
          kind: "fields",
          rows: [
            {
              label: t("documents.assessment.decidedBy"),
              value: t("documents.assessment.decidedByValue", { name: current.decidedBy.name, when: when(current.decidedAt) }),
            },
            { label: t("documents.assessment.supervisoryAuthority"), value: decided(current.authority) },
            { label: t("documents.assessment.peopleAffected"), value: decided(current.subjects) },
          ],
        },
        { kind: "paragraph", text: `${t("documents.assessment.rationaleAuthority")}\n${current.authority.rationale}` },
        { kind: "paragraph", text: `${t("documents.assessment.rationalePeople")}\n${current.subjects.rationale}` },
      ],
    });
    sections.push({
      heading: t("documents.assessment.suggestionHeading"),
      blocks: [
        {
          kind: "fields",
          rows: [
            { label: t("documents.assessment.riskLevel"), value: word(suggestion.riskLevel) },
            ...(processorDuty ? [{ label: t("documents.assessment.processorDuty"), value: processorDuty }] : []),
            {
              label: processorDuty ? t("documents.assessment.controllerAuthority") : t("documents.assessment.authority"),
              value: word(current.authority.suggested),
            },
            {
              label: processorDuty ? t("documents.assessment.controllerPeople") : t("documents.assessment.people"),
              value: word(current.subjects.suggested),
            },
            {
              label: t("documents.assessment.exemptions"),
              value: suggestion.exemptions.length
                ? suggestion.exemptions.map((exemption) => (phrases ? inList(phrases, exemption) : exemption)).join(", ")
                : t("documents.assessment.none"),
            },
            {
              label: t("documents.assessment.enisa"),
              value: t("documents.assessment.enisaValue", {
                score: number(suggestion.severity.score),
                band: inList(messages.bands, suggestion.severity.band),
                formula: suggestion.severity.formula,
              }),
            },
          ],
        },
        // The risk module explains each reason in English; other languages name the factor (lib/domain/notification/words).
        phrases
          ? {
              kind: "table",
              columns: [
                t("documents.assessment.reasonColumns.factor"),
                t("documents.assessment.reasonColumns.effect"),
                t("documents.assessment.reasonColumns.basis"),
              ],
              rows: suggestion.reasons.map((reason) => [
                inList(phrases, reason.factor),
                inList(messages.effects, reason.effect),
                basisIn(locale, reason.basis),
              ]),
            }
          : {
              kind: "table",
              columns: ["Factor", "Effect", "Why", "Basis"],
              rows: suggestion.reasons.map((reason) => [reason.factor, reason.effect, reason.explanation, reason.basis]),
            },
      ],
    });
    sections.push({
      heading: t("documents.assessment.componentsHeading"),
      blocks: [
        {
          kind: "table",
          columns: [
            t("documents.assessment.componentColumns.component"),
            t("documents.assessment.componentColumns.value"),
            t("documents.assessment.componentColumns.reasons"),
          ],
          rows: [
            [
              t("documents.assessment.dpc"),
              t("documents.assessment.dpcValue", {
                value: number(components.dataProcessingContext.value),
                base: number(components.dataProcessingContext.base),
              }),
              componentReasons(components.dataProcessingContext.reasons),
            ],
            [
              t("documents.assessment.ei"),
              String(components.easeOfIdentification.value),
              componentReasons(components.easeOfIdentification.reasons),
            ],
            [
              t("documents.assessment.cb"),
              t("documents.assessment.cbValue", {
                value: number(components.circumstances.value),
                confidentiality: number(components.circumstances.confidentiality),
                integrity: number(components.circumstances.integrity),
                availability: number(components.circumstances.availability),
                malicious: number(components.circumstances.maliciousIntent),
              }),
              componentReasons(components.circumstances.reasons),
            ],
          ],
        },
      ],
    });
  }
  if (versions.length > 1) {
    sections.push({
      heading: t("documents.assessment.earlierHeading"),
      blocks: [
        {
          kind: "table",
          columns: (["version", "decided", "risk", "authority", "people", "overridden"] as const).map((column) =>
            t(`documents.assessment.earlierColumns.${column}`),
          ),
          rows: versions.map((v) => [
            String(v.version),
            t("documents.assessment.decidedValue", { when: when(v.decidedAt), name: v.decidedBy.name }),
            word(v.riskLevel),
            english ? v.authority.decision : word(v.authority.decision),
            english ? v.subjects.decision : word(v.subjects.decision),
            [
              v.authority.overridden && t("documents.assessment.overriddenAuthority"),
              v.subjects.overridden && t("documents.assessment.overriddenPeople"),
            ]
              .filter(Boolean)
              .join(", ") || t("documents.assessment.no"),
          ]),
        },
      ],
    });
  }
  sections.push({
    heading: t("documents.assessment.timelineHeading"),
    blocks: timeline.length
      ? [
          {
            kind: "table",
            columns: [
              t("documents.assessment.timelineColumns.when"),
              t("documents.assessment.timelineColumns.what"),
              t("documents.assessment.timelineColumns.recordedBy"),
            ],
            rows: timeline.map((e) => [
              when(e.happenedAt),
              t("documents.assessment.event", {
                kind: inList(messages.kinds, e.kind),
                summary: systemSummaryIn(locale, e.summary, versions),
              }),
              e.recordedBy.name,
            ]),
          },
        ]
      : [{ kind: "paragraph", text: t("documents.assessment.noEvents") }],
  });
  return {
    title: t("documents.assessment.title", { title: incident.title }),
    reference: incident.reference,
    language: locale,
    generatedAt,
    timeZone: incident.timeZone,
    sections,
  };
}
