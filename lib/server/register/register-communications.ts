import type { RegisterCommunication } from "@/lib/domain/register/register-communications";
import type { Db } from "@/lib/db/client";
import { at, openMaybeSealedOptional } from "@/lib/server/crypto/sealed-text";

/** Communications that were made: being sent, sent, or sent with some people not reached. Drafts are not. */
const MADE = ["sending", "sent", "partially_failed"];
const REACHED = new Set(["sent"]);
const NOT_REACHED = new Set(["failed", "bounced"]);

/** The Art. 34 communications of the given incidents, oldest first, with counts in one batched query. */
export async function loadRegisterCommunications(db: Db, incidentIds: readonly string[]): Promise<Map<string, RegisterCommunication[]>> {
  const byIncident = new Map<string, RegisterCommunication[]>();
  if (incidentIds.length === 0) return byIncident;
  const communications = await db.communication.findMany({
    where: { incidentId: { in: [...incidentIds] }, status: { in: MADE } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      incidentId: true,
      channel: true,
      language: true,
      status: true,
      subject: true,
      sentAt: true,
      sendStartedAt: true,
      sentVia: true,
    },
  });
  if (communications.length === 0) return byIncident;
  const groups = await db.recipient.groupBy({
    by: ["communicationId", "status"],
    where: { communicationId: { in: communications.map((communication) => communication.id) } },
    _count: { _all: true },
  });
  for (const communication of communications) {
    const counts = groups.filter((group) => group.communicationId === communication.id);
    const count = (statuses: Set<string>) =>
      counts.filter((group) => statuses.has(group.status)).reduce((sum, group) => sum + group._count._all, 0);
    const everyone = counts.reduce((sum, group) => sum + group._count._all, 0);
    const isNotice = communication.channel === "public_notice";
    const entry: RegisterCommunication = {
      communicationId: communication.id,
      sentAt: (communication.sentAt ?? communication.sendStartedAt)?.toISOString() ?? null,
      channel: communication.channel,
      language: communication.language,
      status: communication.status,
      reached: isNotice ? null : count(REACHED),
      notReached: isNotice ? null : count(NOT_REACHED),
      waiting: isNotice ? 0 : everyone - count(REACHED) - count(NOT_REACHED),
      subject: communication.subject,
      via: openMaybeSealedOptional(communication.sentVia, at("communication", "sentVia", communication.id)),
    };
    byIncident.set(communication.incidentId, [...(byIncident.get(communication.incidentId) ?? []), entry]);
  }
  return byIncident;
}
