import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentRefSchema, type IncidentRefInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";

export interface IncidentListRead<Row, Dto> {
  /** The audit action of the read, e.g. "incident.comments.read". */
  action: string;
  /** The audit detail's one key: how many were read ({ comments: 3 }), never what. */
  counted: string;
  rows: (incidentId: string) => Promise<Row[]>;
  toDto: (row: Row) => Dto;
}

/**
 * What every list of an incident's records (comments, attachments, timeline, assessments, filings) does
 * around its own query: parse the reference, find the incident the actor may read (tenancy and role, see
 * docs/ARCHITECTURE.md), read the rows, and audit the read with the count only.
 */
export async function listOfIncident<Row, Dto>(
  ctx: ServiceContext,
  actor: Actor,
  input: IncidentRefInput,
  read: IncidentListRead<Row, Dto>,
): Promise<ServiceResult<Dto[]>> {
  const parsed = incidentRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findIncidentFor(ctx.db, actor, parsed.data.incidentId, "read");
  if (!found.ok) return found;
  const rows = await read.rows(found.value.id);
  await auditRead(ctx, actor, {
    action: read.action,
    organizationId: found.value.organizationId,
    incidentId: found.value.id,
    detail: { [read.counted]: rows.length },
  });
  return ok(rows.map(read.toDto));
}
