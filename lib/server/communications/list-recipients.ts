import { toFieldErrors } from "@/lib/schemas/field-errors";
import { recipientListSchema, type RecipientListInput } from "@/lib/schemas/communication";
import type { Actor } from "@/lib/server/actor";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { findCommunicationFor } from "./communication-access";
import { recipientSelect, toRecipientDto, type RecipientDto } from "./communication-dto";

export interface RecipientPage {
  recipients: RecipientDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** One page of the people a communication goes to, decrypted; the read is audited (counts only). */
export async function listRecipients(ctx: ServiceContext, actor: Actor, input: RecipientListInput): Promise<ServiceResult<RecipientPage>> {
  const parsed = recipientListSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { communicationId, status, page, pageSize } = parsed.data;
  const found = await findCommunicationFor(ctx.db, actor, communicationId, "read");
  if (!found.ok) return found;
  const where = { communicationId, ...(status ? { status } : {}) };
  const [rows, total] = await Promise.all([
    ctx.db.recipient.findMany({
      where,
      orderBy: { position: "asc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: recipientSelect,
    }),
    ctx.db.recipient.count({ where }),
  ]);
  await auditRead(ctx, actor, {
    action: "communication.recipients.read",
    organizationId: found.value.incident.organizationId,
    incidentId: found.value.incidentId,
    detail: { communicationId, page, shown: rows.length, total },
  });
  return ok({ recipients: rows.map(toRecipientDto), total, page, pageSize });
}
