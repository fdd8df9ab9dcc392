import { consequencesInEnglish, deriveConsequences, type ConsequenceCode } from "@/lib/domain/notification/consequences";
import { OUT_OF_SCOPE_REASON_EN, outOfScope, type OutOfScope } from "@/lib/domain/notification/scope";
import type { RegisterCommunication } from "@/lib/domain/register/register-communications";
import type { BreachFactsDraft } from "@/lib/schemas/incident";
import type { IncidentState } from "@/lib/schemas/incident-work";
import { filingDeadlineLabel, judgeFiling, type FilingStanding } from "@/lib/domain/deadlines";
import { dutiesOf, dutyHeadlines } from "@/lib/domain/risk";
import { authorityDeadline } from "./authority-deadline";

/**
 * One line of the Art. 33(5) register: the facts, the effects and the remedial action, whether the
 * authority was notified, and whether in time. Enough for the authority to verify compliance.
 */
export interface AudienceDecision {
  suggested: string;
  decided: string;
  overridden: boolean;
  rationale: string;
}

export interface RegisterDecisionView {
  /** Kept for existing readers: the authority decision and its rationale. */
  authority: string | null;
  rationale: string | null;
  forAuthority: AudienceDecision | null;
  forPeople: AudienceDecision | null;
}

export interface RegisterRow {
  incidentId: string;
  reference: string;
  organization: { slug: string; name: string };
  title: string;
  state: IncidentState;
  occurredAt: string | null;
  discoveredAt: string | null;
  awareAt: string;
  timeZone: string;
  facts: {
    breachTypes: string[];
    dataCategories: string[];
    subjectsCount: number | null;
    subjectCategories: string[];
    records: number | null;
    cause: string | null;
    summary: string;
  };
  effects: {
    riskLevel: string | null;
    likelyConsequences: string[];
    /** The same, for documents in other languages: the practice's own text and the codes the facts suggest. */
    consequences: { own: string | null; codes: ConsequenceCode[] };
  };
  remedialAction: {
    containment: string | null;
    ongoing: boolean | null;
    containedAt: string | null;
    tasksDone: string[];
    /** Measures still planned (notification details), kept apart from what was done. */
    planned: string | null;
  };
  /** False with the reason for data of the deceased only or of nobody real: recorded, but not a personal-data breach. */
  personalDataBreach: { is: boolean; reason: string | null; scope?: OutOfScope };
  /** The Art. 34 communications made: when, how, language, reached and not reached, and which notice. */
  communications: RegisterCommunication[];
  /** The DPO's latest decisions beside Breachdesk's suggestions; overrides are marked (GDPR Art. 33/34). */
  decision: RegisterDecisionView;
  /**
   * For a processor, its own duty in words (telling the controller, Art. 33(2)): shown before the decisions,
   * which are then advice for the controller. Null for a controller.
   */
  processorDuty: string | null;
  notified: boolean;
  /** The authority deadline of the filing's regime; null for a processor, whose own duty is to its controller. */
  notifyAuthorityBy: string | null;
  /** A processor's deadline for telling its controller (Art. 33(2)) or covered entity (45 CFR 164.410). */
  notifyControllerBy: string | null;
  /** The deadline the first filing is judged against, named for whose duty it is. */
  deadline: RegisterDeadline | null;
  firstFiledAt: string | null;
  /** Judged on the first filing against the conservative deadline; null while nothing was filed. */
  filing: "on_time" | "late" | null;
  /** The same filing against the legal limit too (Regulation 1182/71), and in words. */
  filingStanding: FilingStanding | null;
  filingInWords: string | null;
  lateReason: string | null;
}

export interface RegisterDeadline {
  regime: string;
  obligation: string;
  basis: string;
  /** "Notify the authority by", "Notify the controller by". */
  label: string;
  due: string;
  /** The legal outer limit (Regulation 1182/71) where EU law sets the period; else the deadline itself. */
  legalLimit: string;
}

/** What the register query loads for one incident, already decrypted. */
export interface RegisterSource {
  id: string;
  reference: string;
  organization: { slug: string; name: string };
  title: string;
  state: string;
  occurredAt: Date | null;
  discoveredAt: Date | null;
  awareAt: Date;
  timeZone: string;
  facts: BreachFactsDraft;
  regimes: string[];
  containment: string | null;
  ongoing: boolean | null;
  containedAt: Date | null;
  tasksDone: string[];
  filings: Array<{ kind: string; filedAt: Date; lateReason: string | null; authority?: string }>;
  latestAssessment: { riskLevel: string; authorityDecision: string; authorityRationale: string } | null;
  /** Suggestion and decision per audience, from lib/server/assessments/register-decisions.ts. */
  decisions?: {
    authority: { suggested: string; decision: string; overridden: boolean; rationale: string };
    subjects: { suggested: string; decision: string; overridden: boolean; rationale: string };
  } | null;
  /** From the notification details: the practice's own description of the consequences, and the planned measures. */
  practiceConsequences?: string | null;
  measuresPlanned?: string | null;
  communications?: RegisterCommunication[];
}

const PROCESSOR_DUTY = dutyHeadlines(
  dutiesOf({ notifyAuthority: false, communicateSubjects: false, publicCommunicationInstead: false, notifyController: true }, "processor"),
)[0]!.text;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

function personalDataBreach(facts: BreachFactsDraft): RegisterRow["personalDataBreach"] {
  const scope = outOfScope(facts);
  return scope ? { is: false, reason: OUT_OF_SCOPE_REASON_EN[scope], scope } : { is: true, reason: null };
}

export function factsSummary(facts: BreachFactsDraft): string {
  const parts: string[] = [];
  if (facts.breachTypes?.length) parts.push(`Breach of ${facts.breachTypes.join(", ")}`);
  if (facts.dataCategories?.length) parts.push(`data: ${facts.dataCategories.join(", ")}`);
  const count = facts.subjects?.count;
  if (count != null)
    parts.push(
      `${count} ${count === 1 ? "person" : "people"}` +
        (facts.subjects?.categories?.length ? ` (${facts.subjects.categories.join(", ")})` : ""),
    );
  if (facts.records != null) parts.push(`${facts.records} records`);
  if (facts.cause) parts.push(`cause: ${facts.cause}`);
  return parts.length ? parts.join("; ") : "Facts not recorded yet";
}

/** The first notification counts (follow-ups come later by design): the initial filing, else the earliest. */
function firstFiling<F extends { kind: string; filedAt: Date }>(filings: readonly F[]): F | null {
  const byTime = [...filings].sort((a, b) => a.filedAt.getTime() - b.filedAt.getTime());
  return byTime.find((filing) => filing.kind === "initial") ?? byTime[0] ?? null;
}

function audience(entry: { suggested: string; decision: string; overridden: boolean; rationale: string }): AudienceDecision {
  return { suggested: entry.suggested, decided: entry.decision, overridden: entry.overridden, rationale: entry.rationale };
}

/**
 * The first filing judged against the authority deadline: what the register's timeliness and its per-year figures
 * rest on, from these few columns, so the figures of a whole register need not build its every row.
 */
export function judgedFirstFiling<F extends { kind: string; filedAt: Date; authority?: string }>(
  source: Pick<RegisterSource, "awareAt" | "timeZone" | "regimes"> & { role?: string | undefined; filings: readonly F[] },
) {
  const first = firstFiling(source.filings);
  const deadline = authorityDeadline({
    awareAt: source.awareAt,
    timeZone: source.timeZone,
    regimes: source.regimes,
    role: source.role,
    authority: first?.authority ?? null,
  });
  const judged = first && deadline ? judgeFiling(deadline, first.filedAt) : null;
  return { first, deadline, judged, filing: judged === null ? null : judged.late ? ("late" as const) : ("on_time" as const) };
}

export function toRegisterRow(source: RegisterSource): RegisterRow {
  const facts = source.facts;
  const { first, deadline, judged, filing } = judgedFirstFiling({ ...source, role: facts.role });
  const ownDuty = deadline?.obligation === "notify-controller" || deadline?.obligation === "notify-covered-entity";
  return {
    incidentId: source.id,
    reference: source.reference,
    organization: source.organization,
    title: source.title,
    state: source.state as IncidentState,
    occurredAt: iso(source.occurredAt),
    discoveredAt: iso(source.discoveredAt),
    awareAt: source.awareAt.toISOString(),
    timeZone: source.timeZone,
    facts: {
      breachTypes: facts.breachTypes ?? [],
      dataCategories: facts.dataCategories ?? [],
      subjectsCount: facts.subjects?.count ?? null,
      subjectCategories: facts.subjects?.categories ?? [],
      records: facts.records ?? null,
      cause: facts.cause ?? null,
      summary: factsSummary(facts),
    },
    effects: {
      riskLevel: source.latestAssessment?.riskLevel ?? null,
      likelyConsequences: consequencesInEnglish(facts, source.practiceConsequences),
      consequences: { own: source.practiceConsequences?.trim() || null, codes: deriveConsequences(facts) },
    },
    remedialAction: {
      containment: source.containment,
      ongoing: source.ongoing,
      containedAt: iso(source.containedAt),
      tasksDone: source.tasksDone,
      planned: source.measuresPlanned?.trim() || null,
    },
    personalDataBreach: personalDataBreach(facts),
    communications: source.communications ?? [],
    decision: {
      authority: source.latestAssessment?.authorityDecision ?? null,
      rationale: source.latestAssessment?.authorityRationale ?? null,
      forAuthority: source.decisions ? audience(source.decisions.authority) : null,
      forPeople: source.decisions ? audience(source.decisions.subjects) : null,
    },
    processorDuty: facts.role === "processor" ? PROCESSOR_DUTY : null,
    notified: source.filings.length > 0,
    notifyAuthorityBy: deadline && !ownDuty ? deadline.due.toISOString() : null,
    notifyControllerBy: deadline && ownDuty ? deadline.due.toISOString() : null,
    deadline: deadline
      ? {
          regime: deadline.regime,
          obligation: deadline.obligation,
          basis: deadline.basis,
          label: filingDeadlineLabel(deadline),
          due: deadline.due.toISOString(),
          legalLimit: (deadline.dueUnder1182 ?? deadline.due).toISOString(),
        }
      : null,
    firstFiledAt: first ? first.filedAt.toISOString() : null,
    filing,
    filingStanding: judged?.standing ?? null,
    filingInWords: judged?.inWords ?? null,
    lateReason: first?.lateReason ?? null,
  };
}
