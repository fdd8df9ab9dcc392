import { diffNotifications, type Art33Content, type NotificationChange } from "@/lib/domain/notification";
import { followUpDraftSchema, type FollowUpDraftInput } from "@/lib/schemas/filing";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import type { IncidentRefInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { buildDraft } from "@/lib/server/notification/notification-draft";
import { loadNotificationInput } from "@/lib/server/notification/notification-input";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { filingSelect, toFilingDto, type FilingDto } from "./filing-dto";
import { listOfIncident } from "@/lib/server/incidents/list-of-incident";

/** The incident's filings in the order they were made; anyone who may read the incident may see them. Audited. */
export async function listFilings(ctx: ServiceContext, actor: Actor, input: IncidentRefInput): Promise<ServiceResult<FilingDto[]>> {
  return listOfIncident(ctx, actor, input, {
    action: "filing.list",
    counted: "filings",
    rows: (incidentId) =>
      ctx.db.filing.findMany({ where: { incidentId }, orderBy: [{ filedAt: "asc" }, { createdAt: "asc" }], select: filingSelect }),
    toDto: toFilingDto,
  });
}

export interface FollowUpDraft {
  lastFiling: FilingDto | null;
  current: Art33Content;
  /** What changed since the last filing (Art. 33(4)): what a follow-up should tell the authority. */
  changes: NotificationChange[];
}

/** What a follow-up would add: the current content against the content of the last filing. Audited read. */
export async function followUpDraft(ctx: ServiceContext, actor: Actor, input: FollowUpDraftInput): Promise<ServiceResult<FollowUpDraft>> {
  const parsed = followUpDraftSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findIncidentFor(ctx.db, actor, parsed.data.incidentId, "read");
  if (!found.ok) return found;
  const incident = found.value;
  const last = await ctx.db.filing.findFirst({
    where: { incidentId: incident.id },
    orderBy: [{ filedAt: "desc" }, { createdAt: "desc" }],
    select: filingSelect,
  });
  const draft = buildDraft(incident, await loadNotificationInput(ctx.db, incident), ctx.now(), parsed.data.authority);
  const lastFiling = last ? toFilingDto(last) : null;
  await auditRead(ctx, actor, {
    action: "notification.follow_up.read",
    organizationId: incident.organizationId,
    incidentId: incident.id,
    detail: { lastFilingId: lastFiling?.id ?? null },
  });
  return ok({ lastFiling, current: draft.content, changes: lastFiling ? diffNotifications(lastFiling.content, draft.content) : [] });
}
