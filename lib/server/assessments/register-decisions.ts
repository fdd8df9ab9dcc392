import type { Db } from "@/lib/db/client";
import type { Tx } from "@/lib/server/transaction";
import { at, openMaybeSealed } from "@/lib/server/crypto/sealed-text";
import { suggestedForAuthority, suggestedForSubjects } from "./decisions";
import type { Assessment } from "@/lib/domain/risk";

/** Suggestion next to decision, for the Art. 33(5) register (which scopes and audits its own query). */
export interface RegisterDecision {
  version: number;
  riskLevel: string;
  severity: { score: number; band: string };
  authority: { suggested: string; decision: string; overridden: boolean; rationale: string };
  subjects: { suggested: string; decision: string; overridden: boolean; rationale: string };
  decidedAt: string;
}

/**
 * The latest assessment of each incident given, keyed by incident id. Callers must pass only incident ids
 * the actor may see (the register query does): this reads no tenancy itself.
 */
export async function latestDecisions(db: Db | Tx, incidentIds: readonly string[]): Promise<Map<string, RegisterDecision>> {
  const rows = await db.assessment.findMany({
    where: { incidentId: { in: [...incidentIds] } },
    orderBy: [{ incidentId: "asc" }, { version: "desc" }],
    select: {
      id: true,
      incidentId: true,
      version: true,
      riskLevel: true,
      suggestion: true,
      authorityDecision: true,
      authorityOverridden: true,
      authorityRationale: true,
      subjectsDecision: true,
      subjectsOverridden: true,
      subjectsRationale: true,
      decidedAt: true,
    },
  });
  const latest = new Map<string, RegisterDecision>();
  for (const row of rows) {
    if (latest.has(row.incidentId)) continue;
    const suggestion = JSON.parse(row.suggestion) as Assessment;
    latest.set(row.incidentId, {
      version: row.version,
      riskLevel: row.riskLevel,
      severity: { score: suggestion.severity.score, band: suggestion.severity.band },
      authority: {
        suggested: suggestedForAuthority(suggestion),
        decision: row.authorityDecision,
        overridden: row.authorityOverridden,
        rationale: openMaybeSealed(row.authorityRationale, at("assessment", "authorityRationale", row.id)),
      },
      subjects: {
        suggested: suggestedForSubjects(suggestion),
        decision: row.subjectsDecision,
        overridden: row.subjectsOverridden,
        rationale: openMaybeSealed(row.subjectsRationale, at("assessment", "subjectsRationale", row.id)),
      },
      decidedAt: row.decidedAt.toISOString(),
    });
  }
  return latest;
}
