import type { Assessment } from "@/lib/domain/risk";
import type { BreachFacts } from "@/lib/schemas/breach-facts";
import type { AuthorityDecision, SubjectsDecision } from "@/lib/schemas/assessment";
import { at, openMaybeSealed } from "@/lib/server/crypto/sealed-text";
import { suggestedForAuthority, suggestedForSubjects } from "./decisions";

export interface DecisionPart<T extends string> {
  /** What Breachdesk suggested from the facts. */
  suggested: T;
  /** What the DPO decided. */
  decision: T;
  overridden: boolean;
  rationale: string;
}

/** One version of an incident's risk assessment: the facts it was made from, the suggestion and the DPO's decisions. */
export interface AssessmentDto {
  id: string;
  incidentId: string;
  version: number;
  factsSnapshot: BreachFacts;
  suggestion: Assessment;
  riskLevel: Assessment["riskLevel"];
  authority: DecisionPart<AuthorityDecision>;
  subjects: DecisionPart<SubjectsDecision>;
  decidedBy: { id: string; name: string };
  decidedAt: string;
}

export const assessmentSelect = {
  id: true,
  incidentId: true,
  version: true,
  factsSnapshot: true,
  suggestion: true,
  riskLevel: true,
  authorityDecision: true,
  authorityOverridden: true,
  authorityRationale: true,
  subjectsDecision: true,
  subjectsOverridden: true,
  subjectsRationale: true,
  decidedAt: true,
  decidedBy: { select: { id: true, name: true } },
} as const;

export interface AssessmentRow {
  id: string;
  incidentId: string;
  version: number;
  factsSnapshot: string;
  suggestion: string;
  riskLevel: string;
  authorityDecision: string;
  authorityOverridden: boolean;
  authorityRationale: string;
  subjectsDecision: string;
  subjectsOverridden: boolean;
  subjectsRationale: string;
  decidedAt: Date;
  decidedBy: { id: string; name: string };
}

export function toAssessmentDto(row: AssessmentRow): AssessmentDto {
  const suggestion = JSON.parse(row.suggestion) as Assessment;
  return {
    id: row.id,
    incidentId: row.incidentId,
    version: row.version,
    factsSnapshot: JSON.parse(row.factsSnapshot) as BreachFacts,
    suggestion,
    riskLevel: row.riskLevel as Assessment["riskLevel"],
    authority: {
      suggested: suggestedForAuthority(suggestion),
      decision: row.authorityDecision as AuthorityDecision,
      overridden: row.authorityOverridden,
      rationale: openMaybeSealed(row.authorityRationale, at("assessment", "authorityRationale", row.id)),
    },
    subjects: {
      suggested: suggestedForSubjects(suggestion),
      decision: row.subjectsDecision as SubjectsDecision,
      overridden: row.subjectsOverridden,
      rationale: openMaybeSealed(row.subjectsRationale, at("assessment", "subjectsRationale", row.id)),
    },
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt.toISOString(),
  };
}
