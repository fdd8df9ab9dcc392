import { hasRole } from "@/lib/server/access";
import type { Actor, Role } from "@/lib/server/actor";

/*
 * Who may do what with the incidents of an organisation they belong to. Roles are per organisation: a
 * lawyer in one practice may be the manager of another. The operator (the CLI on the server) reads
 * everything but records nothing in a person's name, so changes need a person's account.
 */
export type IncidentAction = "read" | "create" | "edit" | "add_event" | "manage_tasks" | "attach" | "comment";

export const INCIDENT_PERMISSIONS: Record<IncidentAction, readonly Role[]> = {
  // The administrator manages people and settings; reading lets them support the team, not change the file.
  read: ["manager", "dpo", "lawyer", "admin"],
  create: ["manager", "dpo"],
  edit: ["manager", "dpo"],
  add_event: ["manager", "dpo"],
  manage_tasks: ["manager", "dpo"],
  attach: ["manager", "dpo"],
  // The lawyer advises: comments yes, facts no.
  comment: ["manager", "dpo", "lawyer"],
};

export function may(actor: Actor, organizationId: string, action: IncidentAction): boolean {
  if (actor.kind === "operator") return action === "read";
  return hasRole(actor, organizationId, ...INCIDENT_PERMISSIONS[action]);
}

export const deniedMessage: Record<IncidentAction, string> = {
  read: "You cannot read this incident.",
  create: "Only a manager or the DPO can log an incident.",
  edit: "Only a manager or the DPO can change an incident's facts.",
  add_event: "Only a manager or the DPO can add to the timeline.",
  manage_tasks: "Only a manager or the DPO can manage tasks.",
  attach: "Only a manager or the DPO can attach files.",
  comment: "Only a manager, the DPO or the lawyer can comment.",
};

/** The person a change is recorded under. Call only after `may` allowed a change, which the operator never gets. */
export function changedBy(actor: Actor): string {
  if (actor.kind !== "user") throw new Error("A change reached the database without a person: check `may` first");
  return actor.userId;
}
