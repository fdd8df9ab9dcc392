import type { DocumentModel, DocumentSection } from "@/lib/documents/document-model";
import type { ConsequenceCode } from "@/lib/domain/notification/consequences";
import { messagesOf } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import type { RegisterCommunication } from "./register-communications";
import { communicationsIn, consequencesIn, factsSummaryIn, registerWords, type RegisterWords } from "./register-words";

/*
 * The Art. 33(5) register as a document (rendered to PDF by lib/documents): the filters used, the per-year
 * figures, then every incident with its facts, effects and remedial action. Pure: the rows, the statistics
 * and the generation time are passed in. Written in the language of whoever exports it (docs/I18N.md).
 */

/** The parts of a register row the document shows (lib/server/register's RegisterRow has them all). */
export interface RegisterDocumentRow {
  reference: string;
  organization: { name: string };
  title: string;
  state: string;
  occurredAt: string | null;
  discoveredAt: string | null;
  awareAt: string;
  timeZone: string;
  facts: {
    summary: string;
    subjectsCount: number | null;
    dataCategories: string[];
    breachTypes?: string[];
    subjectCategories?: string[];
    records?: number | null;
    cause?: string | null;
  };
  effects: {
    riskLevel: string | null;
    likelyConsequences: string[];
    /** What likelyConsequences says in English, for other languages: the practice's own text and the codes. */
    consequences?: { own: string | null; codes: ConsequenceCode[] };
  };
  remedialAction: {
    containment: string | null;
    ongoing: boolean | null;
    containedAt: string | null;
    tasksDone: string[];
    planned?: string | null;
  };
  /** Recorded but not a personal-data breach (data of the deceased only, or of nobody real), with the reason. */
  personalDataBreach?: { is: boolean; reason: string | null; scope?: string };
  /** The Art. 34 communications made. */
  communications?: RegisterCommunication[];
  decision: {
    authority: string | null;
    rationale: string | null;
    forAuthority?: AudienceDecisionLine | null;
    forPeople?: AudienceDecisionLine | null;
  };
  /** A processor's own duty in words; the decisions are then the controller's, passed on as advice. */
  processorDuty?: string | null;
  notified: boolean;
  notifyAuthorityBy: string | null;
  /** The deadline judged against, named for whose duty it is (a processor's is to its controller). */
  deadline?: { label: string; due: string; legalLimit: string; obligation?: string } | null;
  firstFiledAt: string | null;
  filing: "on_time" | "late" | null;
  /** The filing against the legal limit of Regulation 1182/71 too. */
  filingStanding?: "on_time" | "late_within_legal_limit" | "after_legal_limit" | null;
  /** The filing against the deadline and the legal limit of Regulation 1182/71, in words. */
  filingInWords?: string | null;
  lateReason: string | null;
}

export interface RegisterDocumentYear {
  year: number;
  incidents: number;
  notified: number;
  onTime: number;
  late: number;
}

export function filingInWords(
  row: Pick<RegisterDocumentRow, "notified" | "filing" | "filingStanding"> & { filingInWords?: string | null },
  locale: Locale = "en",
): string {
  const { t } = registerWords(locale);
  if (!row.notified) return t("documents.register.filing.notNotified");
  // English says how the period was counted ("within the 72 h"), as the deadlines module words it.
  if (locale === "en" && row.filingInWords) return `Notified ${row.filingInWords}`;
  if (row.filingStanding === "late_within_legal_limit") return t("documents.register.filing.lateWithinLimit");
  if (row.filingStanding === "after_legal_limit") return t("documents.register.filing.afterLimit");
  return row.filing === "late"
    ? t("documents.register.filing.notifiedLate")
    : row.filing === "on_time"
      ? t("documents.register.filing.notifiedOnTime")
      : t("documents.register.filing.notified");
}

function deadlineLabel(words: RegisterWords, deadline: NonNullable<RegisterDocumentRow["deadline"]>): string {
  if (words.locale === "en" || deadline.obligation === undefined) return deadline.label;
  const labels: Record<string, string> = messagesOf(words.locale).documents.register.deadlineLabels;
  return labels[deadline.obligation] ?? labels.other!;
}

function deadlineRows(words: RegisterWords, row: RegisterDocumentRow, zone: string) {
  const { t, when } = words;
  if (!row.deadline) return [{ label: t("documents.register.labels.notifyAuthorityBy"), value: when(row.notifyAuthorityBy, zone) }];
  const limit =
    row.deadline.legalLimit !== row.deadline.due
      ? [{ label: t("documents.register.labels.legalLimit"), value: when(row.deadline.legalLimit, zone) }]
      : [];
  return [{ label: deadlineLabel(words, row.deadline), value: when(row.deadline.due, zone) }, ...limit];
}

function incidentSection(words: RegisterWords, row: RegisterDocumentRow): DocumentSection {
  const { t, when, locale } = words;
  const zone = row.timeZone;
  const notABreach = row.personalDataBreach?.is === false;
  const english = locale === "en";
  const label = (key: Parameters<typeof t>[0]) => t(key);
  const consequences =
    english || !row.effects.consequences
      ? row.effects.likelyConsequences
      : consequencesIn(words, row.effects.consequences.own, row.effects.consequences.codes);
  const filing = filingInWords(row, locale);
  return {
    heading: `${row.reference} · ${row.title}`,
    blocks: [
      {
        kind: "fields",
        rows: [
          { label: label("documents.register.labels.practice"), value: row.organization.name },
          { label: label("documents.register.labels.state"), value: words.state(row.state) },
          ...(notABreach
            ? [
                {
                  label: label("documents.register.labels.personalDataBreach"),
                  value: t("documents.register.values.notABreach", {
                    reason:
                      english || !row.personalDataBreach?.scope
                        ? (row.personalDataBreach?.reason ?? "")
                        : words.named("notABreach", row.personalDataBreach.scope),
                  }).trim(),
                },
              ]
            : []),
          { label: label("documents.register.labels.occurred"), value: when(row.occurredAt, zone) },
          { label: label("documents.register.labels.discovered"), value: when(row.discoveredAt, zone) },
          { label: label("documents.register.labels.aware"), value: when(row.awareAt, zone) },
          { label: label("documents.register.labels.facts"), value: english ? row.facts.summary : factsSummaryIn(words, row.facts) },
          {
            label: label("documents.register.labels.riskLevel"),
            value: row.effects.riskLevel ? words.risk(row.effects.riskLevel) : t("documents.register.values.notAssessedYet"),
          },
          {
            label: label("documents.register.labels.likelyConsequences"),
            value: consequences.join(" ") || t("documents.register.values.noneRecorded"),
          },
          {
            label: label("documents.register.labels.containment"),
            value: row.remedialAction.containment ?? t("documents.register.values.notRecorded"),
          },
          {
            label: label("documents.register.labels.stillOngoing"),
            value:
              row.remedialAction.ongoing == null ? t("documents.register.values.notKnownYet") : words.yesNo(row.remedialAction.ongoing),
          },
          { label: label("documents.register.labels.contained"), value: when(row.remedialAction.containedAt, zone) },
          {
            label: label("documents.register.labels.tasksDone"),
            value: row.remedialAction.tasksDone.join("; ") || t("documents.register.values.noneYet"),
          },
          {
            label: label("documents.register.labels.measuresPlanned"),
            value: row.remedialAction.planned ?? t("documents.register.values.noneRecorded"),
          },
          ...(row.processorDuty
            ? [
                {
                  label: label("documents.register.labels.processorDuty"),
                  value: english ? row.processorDuty : t("documents.register.processorDuty"),
                },
              ]
            : []),
          {
            label: row.processorDuty
              ? label("documents.register.labels.controllerAuthorityDecision")
              : label("documents.register.labels.authorityDecision"),
            value: decisionLine(row.decision.forAuthority, row.decision.authority, row.decision.rationale, locale),
          },
          {
            label: row.processorDuty
              ? label("documents.register.labels.controllerPeopleDecision")
              : label("documents.register.labels.peopleDecision"),
            value: decisionLine(row.decision.forPeople, null, null, locale),
          },
          // No deadline runs for what is not a personal-data breach: a date would suggest a duty to notify.
          ...(notABreach ? [] : deadlineRows(words, row, zone)),
          {
            label: label("documents.register.labels.notification"),
            value: row.firstFiledAt ? t("documents.register.filing.firstFiledAt", { filing, when: when(row.firstFiledAt, zone) }) : filing,
          },
          ...(row.lateReason ? [{ label: label("documents.register.labels.reasonForDelay"), value: row.lateReason }] : []),
          { label: label("documents.register.labels.peopleTold"), value: communicationsIn(words, row.communications ?? [], zone) },
        ],
      },
    ],
  };
}

export function registerDocument(input: {
  rows: readonly RegisterDocumentRow[];
  statistics: readonly RegisterDocumentYear[];
  filtersInWords: string;
  generatedAt: Date;
  timeZone: string;
  /** The language of whoever exports it; English when not given. */
  locale?: Locale;
}): DocumentModel {
  const { rows, statistics } = input;
  const words = registerWords(input.locale ?? "en");
  const { t } = words;
  return {
    title: t("documents.register.title"),
    reference: t("documents.register.reference"),
    language: words.locale,
    generatedAt: input.generatedAt,
    timeZone: input.timeZone,
    sections: [
      {
        heading: t("documents.register.aboutHeading"),
        blocks: [{ kind: "paragraph", text: t("documents.register.about", { count: rows.length, filters: input.filtersInWords }) }],
      },
      {
        heading: t("documents.register.perYear"),
        blocks: [
          {
            kind: "table",
            columns: [
              t("documents.register.columns.year"),
              t("documents.register.columns.incidents"),
              t("documents.register.columns.notified"),
              t("documents.register.columns.onTime"),
              t("documents.register.columns.late"),
            ],
            rows: statistics.map((year) => [
              String(year.year),
              String(year.incidents),
              String(year.notified),
              String(year.onTime),
              String(year.late),
            ]),
          },
        ],
      },
      ...rows.map((row) => incidentSection(words, row)),
    ],
  };
}

export interface AudienceDecisionLine {
  suggested: string;
  decided: string;
  overridden: boolean;
  rationale: string;
}

/** "suggested notify · decided do_not_notify (override): <rationale>", so an override is visible at a glance. */
export function decisionLine(
  entry: AudienceDecisionLine | null | undefined,
  fallback: string | null,
  fallbackRationale: string | null,
  locale: Locale = "en",
): string {
  const words = registerWords(locale);
  const { t } = words;
  if (!entry) {
    // English shows the stored decision as it is ("do_not_notify"), as it always did.
    const decision = fallback && locale !== "en" ? words.decision(fallback) : fallback;
    if (decision && fallbackRationale) return t("documents.register.values.decisionLine", { decision, rationale: fallbackRationale });
    return decision || fallbackRationale || t("documents.register.values.notDecidedYet");
  }
  const decision = words.decision(entry.decided);
  const decided = entry.overridden
    ? t("documents.register.values.decidedOverride", { decision })
    : t("documents.register.values.decided", { decision });
  return t("documents.register.values.suggestedAndDecided", {
    suggested: words.decision(entry.suggested),
    decided,
    rationale: entry.rationale,
  });
}
