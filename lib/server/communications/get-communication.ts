import type { CommunicationMissingItem } from "@/lib/domain/communication";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { communicationRefSchema, type CommunicationRefInput } from "@/lib/schemas/communication";
import type { Actor } from "@/lib/server/actor";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { communicationSelect, findCommunicationFor } from "./communication-access";
import { toCommunicationDto, type CommunicationDto } from "./communication-dto";
import { missingForApproval } from "./completeness";
import { readContent } from "./frozen-content";
import { loadMessageInput } from "./message-input";
import { UNREACHED_STATUSES } from "./draft-row";

export interface CommunicationDetail extends CommunicationDto {
  recipientCount: number;
  /** Empty once it can be approved; shown as a checklist on the page. Only for drafts. */
  missing: CommunicationMissingItem[];
  /** People recorded as sent (e-mailed or posted to) and as not reached (failed or bounced). */
  reached: { sent: number; notReached: number };
}

/** One communication with its completeness; the read is audited. */
export async function getCommunication(
  ctx: ServiceContext,
  actor: Actor,
  input: CommunicationRefInput,
): Promise<ServiceResult<CommunicationDetail>> {
  const parsed = communicationRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findCommunicationFor(ctx.db, actor, parsed.data.communicationId, "read");
  if (!found.ok) return found;
  const communication = found.value;
  const content = readContent(communication);
  const messageInput = content.state === "approved" ? content.input : await loadMessageInput(ctx.db, communication.incidentId);
  if (!messageInput) return notFound("No such communication.");
  const missing = communication.status === "draft" ? await missingForApproval(ctx.db, communication, messageInput) : [];
  const byStatus = await ctx.db.recipient.groupBy({ by: ["status"], where: { communicationId: communication.id }, _count: { _all: true } });
  const count = (...statuses: string[]) =>
    byStatus.filter((group) => statuses.includes(group.status)).reduce((sum, group) => sum + group._count._all, 0);
  const recipientCount = byStatus.reduce((sum, group) => sum + group._count._all, 0);
  await auditRead(ctx, actor, {
    action: "communication.read",
    organizationId: communication.incident.organizationId,
    incidentId: communication.incidentId,
    detail: { communicationId: communication.id },
  });
  return ok({
    ...toCommunicationDto(communication),
    recipientCount,
    missing,
    reached: { sent: count("sent"), notReached: count(...UNREACHED_STATUSES) },
  });
}

/** The communications of an incident, newest first (no personal data in them). */
export async function listCommunications(
  ctx: ServiceContext,
  actor: Actor,
  input: { incidentId: string },
): Promise<ServiceResult<CommunicationDto[]>> {
  const found = await findIncidentFor(ctx.db, actor, input.incidentId, "read");
  if (!found.ok) return found;
  const rows = await ctx.db.communication.findMany({
    where: { incidentId: found.value.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: communicationSelect,
  });
  return ok(rows.map(toCommunicationDto));
}
