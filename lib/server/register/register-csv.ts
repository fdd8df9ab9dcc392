import { csvDocument, type CsvValue } from "@/lib/documents/csv";
import { filingInWords } from "@/lib/domain/register/register-document";
import { communicationsIn, consequencesIn, factsSummaryIn, registerWords, type RegisterWords } from "@/lib/domain/register/register-words";
import type { Messages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import type { RegisterRow } from "./register-row";

type Header = keyof Messages["documents"]["register"]["csv"]["headers"];
type Column = readonly [Header, (row: RegisterRow, words: RegisterWords) => CsvValue];

/*
 * English keeps the ids integrations read ("do_not_notify", "under_assessment"); French, Czech and German
 * readers get the words of their language (docs/I18N.md). Times stay ISO 8601 in UTC, as the headers say.
 */
const english = (words: RegisterWords) => words.locale === "en";
const decision = (words: RegisterWords, id: string | null | undefined) => (id == null ? null : english(words) ? id : words.decision(id));
const listOf = (words: RegisterWords, group: "breachTypes" | "dataCategories" | "subjectCategories", ids: readonly string[]) =>
  ids.map((id) => words.named(group, id)).join("; ");
const overridden = (words: RegisterWords, entry: { overridden: boolean } | null | undefined) =>
  entry ? words.yesNo(entry.overridden) : null;

const COLUMNS: readonly Column[] = [
  ["reference", (r) => r.reference],
  ["organisation", (r) => r.organization.name],
  ["title", (r) => r.title],
  ["state", (r, w) => (english(w) ? r.state : w.state(r.state))],
  ["occurredAt", (r) => r.occurredAt],
  ["discoveredAt", (r) => r.discoveredAt],
  ["awareAt", (r) => r.awareAt],
  ["timeZone", (r) => r.timeZone],
  ["facts", (r, w) => (english(w) ? r.facts.summary : factsSummaryIn(w, r.facts))],
  ["breachTypes", (r, w) => listOf(w, "breachTypes", r.facts.breachTypes)],
  ["dataCategories", (r, w) => listOf(w, "dataCategories", r.facts.dataCategories)],
  ["peopleAffected", (r) => r.facts.subjectsCount],
  ["categoriesOfPeople", (r, w) => listOf(w, "subjectCategories", r.facts.subjectCategories)],
  ["records", (r) => r.facts.records],
  ["riskLevel", (r, w) => (r.effects.riskLevel === null || english(w) ? r.effects.riskLevel : w.risk(r.effects.riskLevel))],
  [
    "likelyConsequences",
    (r, w) =>
      (english(w) ? r.effects.likelyConsequences : consequencesIn(w, r.effects.consequences.own, r.effects.consequences.codes)).join(" "),
  ],
  ["containment", (r) => r.remedialAction.containment],
  ["ongoing", (r, w) => (r.remedialAction.ongoing == null ? w.t("documents.register.csv.notKnownYet") : w.yesNo(r.remedialAction.ongoing))],
  ["containedAt", (r) => r.remedialAction.containedAt],
  ["tasksDone", (r) => r.remedialAction.tasksDone.join("; ")],
  ["authoritySuggested", (r, w) => decision(w, r.decision.forAuthority?.suggested)],
  ["authorityDecision", (r, w) => decision(w, r.decision.authority)],
  ["authorityOverride", (r, w) => overridden(w, r.decision.forAuthority)],
  ["decisionRationale", (r) => r.decision.rationale],
  ["peopleSuggested", (r, w) => decision(w, r.decision.forPeople?.suggested)],
  ["peopleDecision", (r, w) => decision(w, r.decision.forPeople?.decided)],
  ["peopleOverride", (r, w) => overridden(w, r.decision.forPeople)],
  ["peopleRationale", (r) => r.decision.forPeople?.rationale ?? null],
  ["notified", (r, w) => w.yesNo(r.notified)],
  ["notifyAuthorityBy", (r) => r.notifyAuthorityBy],
  ["notifyControllerBy", (r) => r.notifyControllerBy],
  ["legalLimit", (r) => r.deadline?.legalLimit ?? null],
  ["firstFiledAt", (r) => r.firstFiledAt],
  [
    "filing",
    (r, w) => (r.filing === null ? "" : r.filing === "late" ? w.t("documents.register.csv.late") : w.t("documents.register.csv.onTime")),
  ],
  ["filingAgainstLimit", (r, w) => (english(w) || !r.notified ? r.filingInWords : filingInWords(r, w.locale))],
  ["reasonForDelay", (r) => r.lateReason],
  ["personalDataBreach", (r, w) => w.yesNo(r.personalDataBreach.is)],
  [
    "whyNotABreach",
    (r, w) => (english(w) || !r.personalDataBreach.scope ? r.personalDataBreach.reason : w.named("notABreach", r.personalDataBreach.scope)),
  ],
  ["measuresPlanned", (r) => r.remedialAction.planned],
  ["communications", (r, w) => (r.communications.length ? communicationsIn(w, r.communications, r.timeZone) : null)],
];

const ENGLISH = registerWords("en");

/** The English columns: the header integrations and the API's CSV rely on, and each value. */
export const REGISTER_COLUMNS: ReadonlyArray<[string, (row: RegisterRow) => CsvValue]> = COLUMNS.map(([header, value]) => [
  ENGLISH.t(`documents.register.csv.headers.${header}`),
  (row: RegisterRow) => value(row, ENGLISH),
]);

/**
 * The register as CSV: a header row, then one row per incident. English (the API's, and English readers')
 * separates with ","; French, Czech and German with ";", as Excel there expects (lib/documents/csv.ts).
 */
export function registerCsv(rows: readonly RegisterRow[], locale: Locale = "en"): string {
  const words = registerWords(locale);
  return csvDocument(
    [
      COLUMNS.map(([header]) => words.t(`documents.register.csv.headers.${header}`)),
      ...rows.map((row) => COLUMNS.map(([, value]) => value(row, words))),
    ],
    locale === "en" ? "," : ";",
  );
}
