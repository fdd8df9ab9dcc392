import { CONSEQUENCE_TEXT_EN, deriveConsequences } from "@/lib/domain/notification/consequences";
import type { BreachFactsDraft } from "@/lib/schemas/incident";
import type { IncidentState } from "@/lib/schemas/incident-work";
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
  };
  remedialAction: {
    containment: string | null;
    ongoing: boolean;
    containedAt: string | null;
    tasksDone: string[];
  };
  /** The DPO's latest decisions beside Breachdesk's suggestions; overrides are marked (GDPR Art. 33/34). */
  decision: RegisterDecisionView;
  notified: boolean;
  notifyAuthorityBy: string | null;
  firstFiledAt: string | null;
  /** Judged on the first filing; null while nothing was filed. */
  filing: "on_time" | "late" | null;
  lateReason: string | null;
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
  ongoing: boolean;
  containedAt: Date | null;
  tasksDone: string[];
  filings: Array<{ kind: string; filedAt: Date; lateReason: string | null }>;
  latestAssessment: { riskLevel: string; authorityDecision: string; authorityRationale: string } | null;
  /** Suggestion and decision per audience, from lib/server/assessments/register-decisions.ts. */
  decisions?: {
    authority: { suggested: string; decision: string; overridden: boolean; rationale: string };
    subjects: { suggested: string; decision: string; overridden: boolean; rationale: string };
  } | null;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function factsSummary(facts: BreachFactsDraft): string {
  const parts: string[] = [];
  if (facts.breachTypes?.length) parts.push(`Breach of ${facts.breachTypes.join(", ")}`);
  if (facts.dataCategories?.length) parts.push(`data: ${facts.dataCategories.join(", ")}`);
  const count = facts.subjects?.count;
  if (count != null) parts.push(`${count} ${count === 1 ? "person" : "people"}${facts.subjects?.categories?.length ? ` (${facts.subjects.categories.join(", ")})` : ""}`);
  if (facts.records != null) parts.push(`${facts.records} records`);
  if (facts.cause) parts.push(`cause: ${facts.cause}`);
  return parts.length ? parts.join("; ") : "Facts not recorded yet";
}

/** The first notification counts (follow-ups come later by design): the initial filing, else the earliest. */
function firstFiling(filings: RegisterSource["filings"]) {
  const byTime = [...filings].sort((a, b) => a.filedAt.getTime() - b.filedAt.getTime());
  return byTime.find((filing) => filing.kind === "initial") ?? byTime[0] ?? null;
}

function audience(entry: { suggested: string; decision: string; overridden: boolean; rationale: string }): AudienceDecision {
  return { suggested: entry.suggested, decided: entry.decision, overridden: entry.overridden, rationale: entry.rationale };
}

export function toRegisterRow(source: RegisterSource): RegisterRow {
  const facts = source.facts;
  const deadline = authorityDeadline({ awareAt: source.awareAt, timeZone: source.timeZone, regimes: source.regimes, role: facts.role });
  const first = firstFiling(source.filings);
  const late = first && deadline ? first.filedAt.getTime() > deadline.due.getTime() : null;
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
      likelyConsequences: deriveConsequences(facts).map((code) => CONSEQUENCE_TEXT_EN[code]),
    },
    remedialAction: { containment: source.containment, ongoing: source.ongoing, containedAt: iso(source.containedAt), tasksDone: source.tasksDone },
    decision: {
      authority: source.latestAssessment?.authorityDecision ?? null,
      rationale: source.latestAssessment?.authorityRationale ?? null,
      forAuthority: source.decisions ? audience(source.decisions.authority) : null,
      forPeople: source.decisions ? audience(source.decisions.subjects) : null,
    },
    notified: source.filings.length > 0,
    notifyAuthorityBy: deadline ? deadline.due.toISOString() : null,
    firstFiledAt: first ? first.filedAt.toISOString() : null,
    filing: late === null ? null : late ? "late" : "on_time",
    lateReason: first?.lateReason ?? null,
  };
}
