import { breachFactsSchema } from "@/lib/schemas/breach-facts";
import { toFieldErrors, type FieldError } from "@/lib/schemas/field-errors";
import { incidentTimeProblems } from "@/lib/schemas/incident-dates";
import { incidentPatchSchema, type IncidentPatch, type IncidentPatchInput } from "@/lib/schemas/incident";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { parsingEntry } from "@/lib/server/parse-input";
import { conflict, invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction, type Tx } from "@/lib/server/transaction";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { staleVersion } from "@/lib/server/incidents/incident-conflict";
import { stillAssumed } from "@/lib/server/incidents/assumed-answers";
import { incidentDto, toIncidentDto, type IncidentDto } from "@/lib/server/incidents/incident-dto";
import {
  auditChanges,
  changedFields,
  EDITABLE_FIELDS,
  incidentColumns,
  sealedSnapshot,
  valuesOf,
  type IncidentValues,
} from "@/lib/server/incidents/incident-values";
import { memberProblem } from "@/lib/server/incidents/members";
import { changedBy } from "@/lib/server/incidents/permissions";
import { refreshIncidentDeadlines } from "@/lib/server/deadlines/stored-deadlines";

function merge(current: IncidentValues, patch: IncidentPatch): IncidentValues {
  const next = { ...current };
  for (const field of EDITABLE_FIELDS) {
    const value = patch[field];
    if (value !== undefined) (next as Record<string, unknown>)[field] = value;
  }
  // Not taken as sent: which answers stay assumed follows from what changed (assumed-answers.ts).
  return { ...next, assumedFacts: stillAssumed(current, next, patch) };
}

async function problemsWith(
  tx: Tx,
  organizationId: string,
  state: string,
  before: IncidentValues,
  next: IncidentValues,
  now: Date,
): Promise<FieldError[]> {
  const problems = incidentTimeProblems(next, now);
  // Once reported, the facts must stay complete: the assessment and the register rely on them.
  if (state !== "draft") {
    const facts = breachFactsSchema.safeParse(next.facts);
    if (!facts.success) problems.push(...toFieldErrors(facts.error, ["facts"]));
    if (!next.description.trim()) problems.push({ field: "description", problem: "is required once the incident is reported" });
  }
  // Only a newly named person is checked: someone who left the practice does not block every other edit.
  for (const problem of [
    next.ownerId !== before.ownerId ? await memberProblem(tx, organizationId, "ownerId", next.ownerId) : null,
    next.dpoId !== before.dpoId ? await memberProblem(tx, organizationId, "dpoId", next.dpoId, ["dpo"]) : null,
  ]) {
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Changes an incident from an input nobody parsed yet (the CLI, scripts): parsed here, once. */
export const updateIncident = parsingEntry<IncidentPatchInput, IncidentPatch, IncidentDto>(incidentPatchSchema, updateIncidentParsed);

/**
 * Changes an incident's facts. The input names the version it was read at: if someone saved since, the
 * answer is a conflict with the current incident and the fields they changed, and nothing is overwritten.
 */
export async function updateIncidentParsed(ctx: ServiceContext, actor: Actor, patch: IncidentPatch): Promise<ServiceResult<IncidentDto>> {
  const now = ctx.now();

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findIncidentFor(tx, actor, patch.incidentId, "edit");
    if (!found.ok) return found;
    const row = found.value;
    const current = toIncidentDto(row);
    if (row.version !== patch.version) return staleVersion(tx, actor, now, current, patch.version);
    if (row.state === "closed") return conflict("The incident is closed: the DPO can reopen it to change it.", { incident: current });
    if (patch.assumedFacts !== undefined && row.state !== "draft") {
      return invalid([
        { field: "assumedFacts", problem: "can be restated only on a draft: confirm answers with confirmedFacts, or change them" },
      ]);
    }

    const before = valuesOf(current);
    const after = merge(before, patch);
    const problems = await problemsWith(tx, row.organizationId, row.state, before, after, now);
    if (problems.length > 0) return invalid(problems);
    const fields = changedFields(before, after);
    if (fields.length === 0) return ok(current);

    const version = row.version + 1;
    // The version in the where clause makes the save atomic with its check, even without the audit lock.
    const saved = await tx.incident.updateMany({
      where: { id: row.id, version: row.version },
      data: { ...incidentColumns(row.id, after), version, updatedAt: now },
    });
    if (saved.count !== 1) return staleVersion(tx, actor, now, current, patch.version);
    await refreshIncidentDeadlines(tx, [row.id]);
    await tx.incidentRevision.create({
      data: {
        incidentId: row.id,
        version,
        ...sealedSnapshot(after),
        changed: JSON.stringify(fields),
        changedById: changedBy(actor),
        changedAt: now,
      },
    });
    await appendAudit(
      tx,
      actor,
      {
        action: "incident.update",
        organizationId: row.organizationId,
        incidentId: row.id,
        detail: { reference: row.reference, version, changes: auditChanges(before, after, fields) },
      },
      now,
    );
    // The answer is made of what was just written, not read back from the row.
    return ok(incidentDto({ ...row, version, updatedAt: now }, after));
  });
}
