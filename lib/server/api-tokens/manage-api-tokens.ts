import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { forbidden, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revoked: boolean;
}

/** A person's own tokens: recognisable by their first characters, never shown again in full. */
export async function listMyApiTokens(ctx: ServiceContext, actor: Actor): Promise<ServiceResult<ApiTokenView[]>> {
  if (actor.kind !== "user") return forbidden();
  const tokens = await ctx.db.apiToken.findMany({ where: { userId: actor.userId }, orderBy: { createdAt: "desc" } });
  return ok(
    tokens.map((token) => ({
      id: token.id,
      name: token.name,
      prefix: token.prefix,
      createdAt: token.createdAt.toISOString(),
      expiresAt: token.expiresAt?.toISOString() ?? null,
      lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
      revoked: token.revokedAt !== null,
    })),
  );
}

/** Revoking takes effect at the token's next request. */
export async function revokeApiToken(ctx: ServiceContext, actor: Actor, tokenId: string): Promise<ServiceResult<null>> {
  if (actor.kind !== "user") return forbidden();
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const revoked = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: actor.userId, revokedAt: null },
      data: { revokedAt: ctx.now() },
    });
    if (revoked.count === 0) return notFound();
    await appendAudit(tx, actor, { action: "api_token.revoke", detail: { tokenId } }, ctx.now());
    return ok(null);
  });
}
