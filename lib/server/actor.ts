import type { Role } from "@/lib/domain/accounts/roles";

export type { Role } from "@/lib/domain/accounts/roles";

export interface Membership {
  organizationId: string;
  role: Role;
}

/**
 * Who is acting. Every service takes one, so authorization, tenant scoping and the audit record are
 * decided in one place. The operator is whoever runs the `breachdesk` command on the server itself:
 * they already hold the database, so the CLI acts with full rights, and is audited as "cli".
 */
export type Actor =
  | { kind: "user"; userId: string; email: string; memberships: Membership[]; ip: string | null; via: "web" | "api" }
  | { kind: "operator"; label: string }
  /** Someone not (yet) signed in: a sign-in attempt, an invitation being accepted. Holds no rights. */
  | { kind: "anonymous"; label: string; ip: string | null };

export const cliOperator: Actor = { kind: "operator", label: "cli" };

export function actorLabel(actor: Actor): string {
  return actor.kind === "user" ? actor.email : actor.label;
}

export function anonymous(label: string, ip: string | null): Actor {
  return { kind: "anonymous", label, ip };
}

export function actorId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}

export function actorIp(actor: Actor): string | null {
  return actor.kind === "operator" ? null : actor.ip;
}
