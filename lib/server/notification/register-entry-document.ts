import { CONSEQUENCE_TEXT_EN } from "@/lib/domain/notification";
import type { DocumentModel } from "@/lib/documents/document-model";
import { consequencesIn, registerWords } from "@/lib/domain/register/register-words";
import type { Locale } from "@/lib/i18n/locales";
import type { AssessmentDto } from "@/lib/server/assessments/assessment-dto";
import type { FilingDto } from "@/lib/server/filings/filing-dto";
import type { NotificationDraft } from "./notification-draft";

/**
 * The incident's Art. 33(5) register entry as a document: the facts, the effects, the remedial action, the
 * decision with its rationale, and whether and when the authority was notified (with delay reasons).
 * `peopleTold`, when given, lists how the people affected were told (Art. 34), one line per communication.
 * In the language of whoever downloads it (docs/I18N.md); English (the packet's) keeps the stored ids.
 */
export function registerEntryDocumentModel(
  draft: NotificationDraft,
  assessment: AssessmentDto | null,
  filings: FilingDto[],
  generatedAt: Date,
  peopleTold?: readonly string[],
  locale: Locale = "en",
): DocumentModel {
  const { content, incident } = draft;
  const words = registerWords(locale);
  const { t } = words;
  const english = locale === "en";
  const notKnownYet = t("documents.registerEntry.notKnownYet");
  const when = (iso: string | null) => (iso ? words.when(iso, incident.timeZone) : notKnownYet);
  const list = (group: "breachTypes" | "dataCategories" | "subjectCategories", values: readonly string[]) =>
    values.length ? values.map((value) => words.named(group, value)).join(", ") : notKnownYet;
  const consequences = english
    ? (content.likelyConsequences.text ??
      (content.likelyConsequences.derivedCodes.map((code) => CONSEQUENCE_TEXT_EN[code]).join(" ") || notKnownYet))
    : consequencesIn(words, content.likelyConsequences.text, content.likelyConsequences.derivedCodes).join(" ") || notKnownYet;
  const decided = (audience: { decision: string; overridden: boolean }) => {
    const decision = english ? audience.decision : words.decision(audience.decision);
    return audience.overridden ? t("documents.registerEntry.overrides", { decision }) : decision;
  };
  const { approximateSubjects, approximateRecords } = content.nature;
  const categories = list("subjectCategories", content.nature.subjectCategories);
  const first = filings[0];
  const notDescribed = t("documents.registerEntry.notDescribedYet");
  const deadlineLabel = english ? (draft.deadline?.label ?? "Notify the authority by") : t("documents.register.labels.notifyAuthorityBy");
  return {
    title: t("documents.registerEntry.title", { title: incident.title }),
    reference: incident.reference,
    language: locale,
    generatedAt,
    timeZone: incident.timeZone,
    sections: [
      {
        heading: t("documents.registerEntry.facts"),
        blocks: [
          {
            kind: "fields",
            rows: [
              { label: t("documents.register.labels.occurred"), value: when(content.timeline.occurredAt) },
              { label: t("documents.register.labels.discovered"), value: when(content.timeline.discoveredAt) },
              { label: t("documents.register.labels.aware"), value: when(content.timeline.awareAt) },
              { label: t("documents.registerEntry.typeOfBreach"), value: list("breachTypes", content.nature.breachTypes) },
              { label: t("documents.registerEntry.data"), value: list("dataCategories", content.nature.dataCategories) },
              {
                label: t("documents.registerEntry.people"),
                value:
                  approximateSubjects == null
                    ? t("documents.registerEntry.peopleUnknown", { categories })
                    : t("documents.registerEntry.peopleAbout", {
                        categories,
                        count: approximateSubjects,
                      }),
              },
              {
                label: t("documents.registerEntry.records"),
                value: approximateRecords == null ? notKnownYet : String(approximateRecords),
              },
              {
                label: t("documents.registerEntry.cause"),
                value: content.nature.cause ? words.named("causes", content.nature.cause) : notKnownYet,
              },
            ],
          },
          {
            kind: "paragraph",
            text: `${t("documents.registerEntry.whatHappened")}\n${content.nature.description ?? notDescribed}`,
          },
        ],
      },
      {
        heading: t("documents.registerEntry.effects"),
        blocks: [
          {
            kind: "fields",
            rows: [
              {
                label: t("documents.register.labels.riskLevel"),
                value: assessment
                  ? english
                    ? assessment.riskLevel
                    : words.risk(assessment.riskLevel)
                  : t("documents.register.values.notAssessedYet"),
              },
            ],
          },
          { kind: "paragraph", text: `${t("documents.registerEntry.likelyConsequences")}\n${consequences}` },
        ],
      },
      {
        heading: t("documents.registerEntry.remedialAction"),
        blocks: [
          {
            kind: "fields",
            rows: [
              {
                label: t("documents.registerEntry.ongoing"),
                value: content.timeline.ongoing == null ? notKnownYet : words.yesNo(content.timeline.ongoing),
              },
              { label: t("documents.register.labels.contained"), value: when(content.timeline.containedAt) },
            ],
          },
          {
            kind: "paragraph",
            text: `${t("documents.registerEntry.measuresTaken")}\n${content.measures.taken ?? t("documents.registerEntry.notRecordedYet")}`,
          },
        ],
      },
      {
        heading: t("documents.registerEntry.decisionAndNotification"),
        blocks: [
          {
            kind: "fields",
            rows: [
              {
                label: t("documents.registerEntry.authority"),
                value: assessment ? decided(assessment.authority) : t("documents.register.values.notDecidedYet"),
              },
              {
                label: t("documents.registerEntry.people"),
                value: assessment ? decided(assessment.subjects) : t("documents.register.values.notDecidedYet"),
              },
              { label: deadlineLabel, value: when(draft.notifyAuthorityBy) },
              {
                label: t("documents.registerEntry.firstFiled"),
                value: first
                  ? t("documents.registerEntry.firstFiledValue", { when: when(first.filedAt), authority: first.authority })
                  : t("documents.registerEntry.notFiled"),
              },
              { label: t("documents.registerEntry.filings"), value: String(filings.length) },
              ...(peopleTold
                ? [
                    {
                      label: t("documents.registerEntry.peopleTold"),
                      value: peopleTold.length ? peopleTold.join("; ") : t("documents.registerEntry.notRecorded"),
                    },
                  ]
                : []),
            ],
          },
          ...(assessment
            ? [{ kind: "paragraph" as const, text: `${t("documents.registerEntry.rationale")}\n${assessment.authority.rationale}` }]
            : []),
          ...(first?.lateReason
            ? [{ kind: "paragraph" as const, text: `${t("documents.registerEntry.delayReasons")}\n${first.lateReason}` }]
            : []),
        ],
      },
    ],
  };
}
