import { recipientListSchema, type RecipientList, type RecipientListInput } from "@/lib/schemas/communication";
import type { Actor } from "@/lib/server/actor";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { parseInput } from "@/lib/server/parse-input";
import { ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { findCommunicationFor } from "./communication-access";
import { recipientSelect, toRecipientDto, type RecipientDto } from "./communication-dto";

export interface RecipientPage {
  recipients: RecipientDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** The entry for a page nobody parsed yet (the communications page, tests): parsed here, once. */
export async function listRecipients(ctx: ServiceContext, actor: Actor, input: RecipientListInput): Promise<ServiceResult<RecipientPage>> {
  const parsed = parseInput(recipientListSchema, input, ctx.now());
  return parsed.ok ? listRecipientsParsed(ctx, actor, parsed.value) : parsed;
}

/** One page of the people a communication goes to, decrypted; the read is audited (counts only). */
export async function listRecipientsParsed(ctx: ServiceContext, actor: Actor, input: RecipientList): Promise<ServiceResult<RecipientPage>> {
  const { communicationId, status, page, pageSize } = input;
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
