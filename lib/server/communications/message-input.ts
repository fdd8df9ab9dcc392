import type { Db } from "@/lib/db/client";
import type { NotificationInput } from "@/lib/domain/notification/types";
import { at, unsealOptional } from "@/lib/server/crypto/sealed-text";
import { parseFacts } from "@/lib/server/incidents/incident-dto";
import type { Tx } from "@/lib/server/transaction";
import { readNotificationDetails } from "@/lib/server/notification/notification-details-store";

/**
 * What the Art. 34 message is built from, read from the incident and its practice: the facts (nature, data,
 * consequences, advice), the times, the practice's name and contact point (its DPO), the measures taken (the
 * containment note) and, from the notification details, the systems, the data items, the practice's own words
 * on consequences, the measures still planned and the HIPAA contact ways. The same details the authority's
 * notification reads, so the letter and the notification cannot tell two stories. Decrypted here, in memory only.
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
      regimes: true,
      ongoing: true,
      containedAt: true,
      containment: true,
      notificationDetails: true,
      organization: { select: { name: true, country: true, address: true, dpoName: true, dpoEmail: true, dpoPhone: true } },
    },
  });
  if (!incident) return null;
  const organization = incident.organization;
  const details = readNotificationDetails(incidentId, incident.notificationDetails);
  return {
    organisation: {
      name: organization.name,
      country: organization.country,
      address: organization.address,
      contactPoint: {
        name: organization.dpoName,
        email: organization.dpoEmail,
        phone: organization.dpoPhone,
        isDpo: true,
        tollFreePhone: details.tollFreePhone,
        website: details.contactWebsite,
      },
    },
    incident: {
      reference: incident.reference,
      awareAt: incident.awareAt.toISOString(),
      discoveredAt: incident.discoveredAt?.toISOString() ?? null,
      occurredAt: incident.occurredAt?.toISOString() ?? null,
      timeZone: incident.timeZone,
      facts: parseFacts(incident.facts),
      regimes: JSON.parse(incident.regimes) as string[],
      ongoing: incident.ongoing,
      containedAt: incident.containedAt?.toISOString() ?? null,
      systemsInvolved: details.systemsInvolved,
      dataItems: details.dataItems,
      likelyConsequences: details.likelyConsequences,
      measuresTaken: unsealOptional(incident.containment, at("incident", "containment", incidentId)),
      measuresProposed: details.measuresProposed,
    },
  };
}
