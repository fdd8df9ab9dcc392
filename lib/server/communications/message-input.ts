import type { Db } from "@/lib/db/client";
import type { NotificationInput } from "@/lib/domain/notification/types";
import { unsealOptional } from "@/lib/server/crypto/sealed-text";
import { parseFacts } from "@/lib/server/incidents/incident-dto";
import type { Tx } from "@/lib/server/transaction";

/**
 * What the Art. 34 message is built from, read from the incident and its practice: the facts (nature, data,
 * consequences, advice), the practice's name and contact point (its DPO), and the measures taken (the
 * containment note). Decrypted here, in memory only.
 */
export async function loadMessageInput(db: Db | Tx, incidentId: string): Promise<NotificationInput | null> {
  const incident = await db.incident.findUnique({
    where: { id: incidentId },
    select: {
      reference: true,
      title: true,
      awareAt: true,
      discoveredAt: true,
      occurredAt: true,
      timeZone: true,
      facts: true,
      containment: true,
      organization: { select: { name: true, country: true, address: true, dpoName: true, dpoEmail: true, dpoPhone: true } },
    },
  });
  if (!incident) return null;
  const organization = incident.organization;
  return {
    organisation: {
      name: organization.name,
      country: organization.country,
      address: organization.address,
      contactPoint: { name: organization.dpoName, email: organization.dpoEmail, phone: organization.dpoPhone, isDpo: true },
    },
    incident: {
      reference: incident.reference,
      awareAt: incident.awareAt.toISOString(),
      discoveredAt: incident.discoveredAt?.toISOString() ?? null,
      occurredAt: incident.occurredAt?.toISOString() ?? null,
      timeZone: incident.timeZone,
      facts: parseFacts(incident.facts),
      measuresTaken: unsealOptional(incident.containment),
    },
  };
}
