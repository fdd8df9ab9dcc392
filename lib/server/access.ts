import type { Actor, Role } from "./actor";

/** The organisations an actor may see; the operator sees all (null means "no restriction"). */
export function visibleOrganizationIds(actor: Actor): string[] | null {
  if (actor.kind === "operator") return null;
  if (actor.kind === "anonymous") return [];
  return [...new Set(actor.memberships.map((membership) => membership.organizationId))];
}

export function hasRole(actor: Actor, organizationId: string, ...roles: Role[]): boolean {
  if (actor.kind === "operator") return true;
  if (actor.kind === "anonymous") return false;
  return actor.memberships.some((m) => m.organizationId === organizationId && roles.includes(m.role));
}

export function isMemberOf(actor: Actor, organizationId: string): boolean {
  if (actor.kind === "operator") return true;
  if (actor.kind === "anonymous") return false;
  return actor.memberships.some((m) => m.organizationId === organizationId);
}
