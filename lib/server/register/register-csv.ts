import { csvDocument } from "@/lib/documents/csv";
import { communicationsInWords } from "@/lib/domain/register/register-communications";
import type { RegisterRow } from "./register-row";

const yesNo = (value: boolean) => (value ? "yes" : "no");

export const REGISTER_COLUMNS: ReadonlyArray<[string, (row: RegisterRow) => string | number | null]> = [
  ["Reference", (r) => r.reference],
  ["Organisation", (r) => r.organization.name],
  ["Title", (r) => r.title],
  ["State", (r) => r.state],
  ["Occurred at (UTC)", (r) => r.occurredAt],
  ["Discovered at (UTC)", (r) => r.discoveredAt],
  ["Aware at (UTC)", (r) => r.awareAt],
  ["Time zone", (r) => r.timeZone],
  ["Facts", (r) => r.facts.summary],
  ["Breach types", (r) => r.facts.breachTypes.join("; ")],
  ["Data categories", (r) => r.facts.dataCategories.join("; ")],
  ["People affected", (r) => r.facts.subjectsCount],
  ["Categories of people", (r) => r.facts.subjectCategories.join("; ")],
  ["Records", (r) => r.facts.records],
  ["Risk level", (r) => r.effects.riskLevel],
  ["Likely consequences", (r) => r.effects.likelyConsequences.join(" ")],
  ["Containment", (r) => r.remedialAction.containment],
  ["Ongoing", (r) => (r.remedialAction.ongoing == null ? "not known yet" : yesNo(r.remedialAction.ongoing))],
  ["Contained at (UTC)", (r) => r.remedialAction.containedAt],
  ["Remedial tasks done", (r) => r.remedialAction.tasksDone.join("; ")],
  ["Authority: suggested", (r) => r.decision.forAuthority?.suggested ?? null],
  ["Authority decision", (r) => r.decision.authority],
  [
    "Authority decision overrides the suggestion",
    (r) => (r.decision.forAuthority ? (r.decision.forAuthority.overridden ? "yes" : "no") : null),
  ],
  ["Decision rationale", (r) => r.decision.rationale],
  ["People: suggested", (r) => r.decision.forPeople?.suggested ?? null],
  ["People decision", (r) => r.decision.forPeople?.decided ?? null],
  ["People decision overrides the suggestion", (r) => (r.decision.forPeople ? (r.decision.forPeople.overridden ? "yes" : "no") : null)],
  ["People decision rationale", (r) => r.decision.forPeople?.rationale ?? null],
  ["Notified", (r) => yesNo(r.notified)],
  ["Notify authority by (UTC)", (r) => r.notifyAuthorityBy],
  ["Notify controller by (UTC)", (r) => r.notifyControllerBy],
  ["Legal limit (UTC)", (r) => r.deadline?.legalLimit ?? null],
  ["First filed at (UTC)", (r) => r.firstFiledAt],
  ["Filing", (r) => (r.filing === null ? "" : r.filing === "late" ? "late" : "on time")],
  ["Filing against the legal limit", (r) => r.filingInWords],
  ["Reason for delay", (r) => r.lateReason],
  ["Personal data breach", (r) => yesNo(r.personalDataBreach.is)],
  ["Why not a personal data breach", (r) => r.personalDataBreach.reason],
  ["Measures planned", (r) => r.remedialAction.planned],
  ["Communications to people (Art. 34)", (r) => (r.communications.length ? communicationsInWords(r.communications, r.timeZone) : null)],
];

/** The register as CSV: a header row, then one row per incident. */
export function registerCsv(rows: readonly RegisterRow[]): string {
  return csvDocument([REGISTER_COLUMNS.map(([header]) => header), ...rows.map((row) => REGISTER_COLUMNS.map(([, value]) => value(row)))]);
}
