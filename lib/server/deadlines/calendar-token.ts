/**
 * The personal calendar subscription: a secret URL whose token only the person sees, once. Only its
 * SHA-256 is stored (User.calendarTokenHash), so a stolen database yields no working feed; creating a new
 * token replaces the old one, and revoking it turns the old URL off at once.
 */
import type { Role } from "@/lib/server/actor";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { ACTIVE_MEMBERSHIPS } from "@/lib/server/auth/active-memberships";
import { forbidden, ok, type ServiceResult } from "@/lib/server/result";
import { newSecret, secretDigest } from "@/lib/server/secure-token";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";

const TOKEN_SHAPE = /^bdcal_[A-Za-z0-9_-]{43}$/;

export async function calendarTokenActive(ctx: ServiceContext, actor: Actor): Promise<boolean> {
  if (actor.kind !== "user") return false;
  const user = await ctx.db.user.findUnique({ where: { id: actor.userId }, select: { calendarTokenHash: true } });
  return Boolean(user?.calendarTokenHash);
}

/** A new subscription token (shown once), replacing any earlier one. */
export async function createCalendarToken(ctx: ServiceContext, actor: Actor): Promise<ServiceResult<{ token: string }>> {
  if (actor.kind !== "user") return forbidden("Only a person can subscribe to a calendar.");
  const token = newSecret("bdcal");
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { calendarTokenHash: secretDigest(token) } });
    await appendAudit(tx, actor, { action: "calendar.token.create", detail: {} }, ctx.now());
    return ok({ token });
  });
}

export async function revokeCalendarToken(ctx: ServiceContext, actor: Actor): Promise<ServiceResult<null>> {
  if (actor.kind !== "user") return forbidden("Only a person can subscribe to a calendar.");
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { calendarTokenHash: null } });
    await appendAudit(tx, actor, { action: "calendar.token.revoke", detail: {} }, ctx.now());
    return ok(null);
  });
}

/** The person a feed token belongs to, with their memberships as they are now; null for any bad token. */
export async function actorFromCalendarToken(ctx: ServiceContext, token: string, ip: string | null): Promise<Actor | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const user = await ctx.db.user.findUnique({
    where: { calendarTokenHash: secretDigest(token) },
    select: { id: true, email: true, disabledAt: true, memberships: ACTIVE_MEMBERSHIPS },
  });
  if (!user || user.disabledAt) return null;
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    memberships: user.memberships.map((m) => ({ organizationId: m.organizationId, role: m.role as Role })),
    ip,
    via: "api",
  };
}
