import { hasRole } from "@/lib/server/access";
import type { Actor, Role } from "@/lib/server/actor";
import type { Db } from "@/lib/db/client";
import { forbidden, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { Tx } from "@/lib/server/transaction";
import { incidentScope } from "@/lib/server/incidents/incident-scope";

/*
 * Who may do what with the communications of an incident. Only the DPO approves and sends: a letter to
 * thousands of patients is the practice's word, and a wrong one is a new breach.
 */
export type CommunicationAction = "read" | "edit" | "approve" | "send" | "record_delivery";

const ROLES_FOR: Record<CommunicationAction, readonly Role[]> = {
  read: ["manager", "dpo", "lawyer", "admin"],
  edit: ["manager", "dpo"],
  approve: ["dpo"],
  send: ["dpo"],
  record_delivery: ["dpo"],
};

const DENIED: Record<CommunicationAction, string> = {
  read: "You cannot read this communication.",
  edit: "Only a manager or the DPO can prepare a communication.",
  approve: "Only the DPO can approve a communication to the people affected.",
  send: "Only the DPO can send a communication to the people affected.",
  record_delivery: "Only the DPO can record that the letters were posted or the public notice published.",
};

export function mayCommunicate(actor: Actor, organizationId: string, action: CommunicationAction): boolean {
  // The operator (CLI) reads; a message to patients is always sent in a person's name.
  if (actor.kind === "operator") return action === "read";
  return hasRole(actor, organizationId, ...ROLES_FOR[action]);
}

export const communicationSelect = {
  id: true,
  incidentId: true,
  language: true,
  channel: true,
  status: true,
  subject: true,
  content: true,
  createdById: true,
  approvedById: true,
  approvedAt: true,
  sendStartedAt: true,
  sentAt: true,
  sentVia: true,
  followUpOfId: true,
  createdAt: true,
  updatedAt: true,
  incident: { select: { organizationId: true, reference: true, timeZone: true } },
} as const;

export interface CommunicationRow {
  id: string;
  incidentId: string;
  language: string;
  channel: string;
  status: string;
  subject: string;
  content: string;
  createdById: string;
  approvedById: string | null;
  approvedAt: Date | null;
  sendStartedAt: Date | null;
  sentAt: Date | null;
  /** Sealed: how the letters were posted or where the notice was published. */
  sentVia: string | null;
  followUpOfId: string | null;
  createdAt: Date;
  updatedAt: Date;
  incident: { organizationId: string; reference: string; timeZone: string };
}

/** The communication, if the actor can see its incident (else not_found) and may do `action` (else forbidden). */
export async function findCommunicationFor(
  db: Db | Tx,
  actor: Actor,
  communicationId: string,
  action: CommunicationAction,
): Promise<ServiceResult<CommunicationRow>> {
  const row = await db.communication.findFirst({
    where: { id: communicationId, incident: incidentScope(actor) },
    select: communicationSelect,
  });
  if (!row) return notFound("No such communication.");
  if (!mayCommunicate(actor, row.incident.organizationId, action)) return forbidden(DENIED[action]);
  return ok(row);
}

export const deniedCommunication = DENIED;
