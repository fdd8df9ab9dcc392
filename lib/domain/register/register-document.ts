import type { DocumentModel, DocumentSection } from "@/lib/documents/document-model";
import { formatForPeople } from "@/lib/domain/deadlines";
import { communicationsInWords, type RegisterCommunication } from "./register-communications";

/*
 * The Art. 33(5) register as a document (rendered to PDF by lib/documents): the filters used, the per-year
 * figures, then every incident with its facts, effects and remedial action. Pure: the rows, the statistics
 * and the generation time are passed in.
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
  facts: { summary: string; subjectsCount: number | null; dataCategories: string[] };
  effects: { riskLevel: string | null; likelyConsequences: string[] };
  remedialAction: {
    containment: string | null;
    ongoing: boolean | null;
    containedAt: string | null;
    tasksDone: string[];
    planned?: string | null;
  };
  /** Recorded but not a personal-data breach (data of the deceased only, or of nobody real), with the reason. */
  personalDataBreach?: { is: boolean; reason: string | null };
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
  deadline?: { label: string; due: string; legalLimit: string } | null;
  firstFiledAt: string | null;
  filing: "on_time" | "late" | null;
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

const when = (iso: string | null, timeZone: string) => (iso ? formatForPeople(new Date(iso), timeZone) : "not known");

export function filingInWords(row: Pick<RegisterDocumentRow, "notified" | "filing"> & { filingInWords?: string | null }): string {
  if (!row.notified) return "Not notified";
  if (row.filingInWords) return `Notified ${row.filingInWords}`;
  return row.filing === "late" ? "Notified late" : row.filing === "on_time" ? "Notified on time" : "Notified";
}

function deadlineRows(row: RegisterDocumentRow, zone: string) {
  if (!row.deadline) return [{ label: "Notify authority by", value: when(row.notifyAuthorityBy, zone) }];
  const limit =
    row.deadline.legalLimit !== row.deadline.due
      ? [{ label: "Legal limit (Regulation 1182/71)", value: when(row.deadline.legalLimit, zone) }]
      : [];
  return [{ label: row.deadline.label, value: when(row.deadline.due, zone) }, ...limit];
}

function incidentSection(row: RegisterDocumentRow): DocumentSection {
  const zone = row.timeZone;
  const notABreach = row.personalDataBreach?.is === false;
  return {
    heading: `${row.reference} · ${row.title}`,
    blocks: [
      {
        kind: "fields",
        rows: [
          { label: "Practice", value: row.organization.name },
          { label: "State", value: row.state },
          ...(notABreach ? [{ label: "Personal data breach", value: `No. ${row.personalDataBreach?.reason ?? ""}`.trim() }] : []),
          { label: "Occurred", value: when(row.occurredAt, zone) },
          { label: "Discovered", value: when(row.discoveredAt, zone) },
          { label: "Aware", value: when(row.awareAt, zone) },
          { label: "Facts", value: row.facts.summary },
          { label: "Risk level", value: row.effects.riskLevel ?? "not assessed yet" },
          { label: "Likely consequences", value: row.effects.likelyConsequences.join(" ") || "none recorded" },
          { label: "Containment", value: row.remedialAction.containment ?? "not recorded" },
          {
            label: "Still ongoing",
            value: row.remedialAction.ongoing == null ? "not known yet" : row.remedialAction.ongoing ? "yes" : "no",
          },
          { label: "Contained", value: when(row.remedialAction.containedAt, zone) },
          { label: "Remedial tasks done", value: row.remedialAction.tasksDone.join("; ") || "none yet" },
          { label: "Measures planned", value: row.remedialAction.planned ?? "none recorded" },
          ...(row.processorDuty ? [{ label: "Processor's own duty", value: row.processorDuty }] : []),
          {
            label: `${row.processorDuty ? "For the controller: authority" : "Authority"}: suggestion and decision`,
            value: decisionLine(row.decision.forAuthority, row.decision.authority, row.decision.rationale),
          },
          {
            label: `${row.processorDuty ? "For the controller: people" : "People"}: suggestion and decision`,
            value: decisionLine(row.decision.forPeople, null, null),
          },
          // No deadline runs for what is not a personal-data breach: a date would suggest a duty to notify.
          ...(notABreach ? [] : deadlineRows(row, zone)),
          { label: "Notification", value: `${filingInWords(row)}${row.firstFiledAt ? ` (${when(row.firstFiledAt, zone)})` : ""}` },
          ...(row.lateReason ? [{ label: "Reason for delay", value: row.lateReason }] : []),
          { label: "People told (Art. 34)", value: communicationsInWords(row.communications ?? [], zone) },
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
}): DocumentModel {
  const { rows, statistics } = input;
  return {
    title: "Personal data breach register (GDPR Art. 33(5))",
    reference: "Register",
    language: "en",
    generatedAt: input.generatedAt,
    timeZone: input.timeZone,
    sections: [
      {
        heading: "About this register",
        blocks: [
          {
            kind: "paragraph",
            text:
              `Every personal data breach, notified or not, with its facts, effects and remedial action. ` +
              `${rows.length} ${rows.length === 1 ? "incident" : "incidents"}. Filters: ${input.filtersInWords}. ` +
              `Each time is shown in its incident's time zone.`,
          },
        ],
      },
      {
        heading: "Per year",
        blocks: [
          {
            kind: "table",
            columns: ["Year", "Incidents", "Notified", "On time", "Late"],
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
      ...rows.map(incidentSection),
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
): string {
  if (!entry) return [fallback, fallbackRationale].filter(Boolean).join(": ") || "not decided yet";
  const decided = `decided ${entry.decided.replace(/_/g, " ")}${entry.overridden ? " (override of the suggestion)" : ""}`;
  return `suggested ${entry.suggested.replace(/_/g, " ")} · ${decided}: ${entry.rationale}`;
}
