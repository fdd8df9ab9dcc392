import type { Actor, Role } from "@/lib/server/actor";
import type { ServiceContext } from "@/lib/server/service-context";
import { secretDigest } from "@/lib/server/secure-token";
import { ACTIVE_MEMBERSHIPS } from "./active-memberships";

/**
 * The person behind `Authorization: Bearer <token>`, with exactly their roles, or null when the token is
 * unknown, revoked, expired, or its user is disabled: checked on every request.
 */
export async function actorFromBearer(ctx: ServiceContext, authorization: string | null, ip: string | null): Promise<Actor | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "");
  if (!match) return null;
  const now = ctx.now();
  const token = await ctx.db.apiToken.findUnique({
    where: { tokenHash: secretDigest(match[1]!) },
    include: { user: { include: { memberships: ACTIVE_MEMBERSHIPS } } },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || token.user.disabledAt) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await ctx.db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return {
    kind: "user",
    userId: token.user.id,
    email: token.user.email,
    memberships: token.user.memberships.map((m) => ({ organizationId: m.organizationId, role: m.role as Role })),
    ip,
    via: "api",
  };
}
