import { apiTokenCreateSchema, type ApiTokenCreateInput } from "@/lib/schemas/admin";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { TWO_FACTOR_ROLES_LIST } from "@/lib/server/auth/two-factor-roles";
import { forbidden, invalid, ok, type ServiceResult } from "@/lib/server/result";
import { newSecret, secretDigest } from "@/lib/server/secure-token";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";

export interface CreatedApiToken {
  id: string;
  email: string;
  token: string;
  expiresAt: Date;
}

/**
 * A bearer token that acts with exactly its user's roles. Shown once; only its SHA-256 is kept.
 * A person may create their own, and one whose roles require two-factor authentication only once they use
 * it: the token then stands for a sign-in that had both factors (bearer requests are not asked again).
 * The operator, on the server, may create one for anybody.
 */
export async function createApiToken(
  ctx: ServiceContext,
  actor: Actor,
  input: ApiTokenCreateInput,
): Promise<ServiceResult<CreatedApiToken>> {
  const parsed = apiTokenCreateSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { email, expiresDays, name } = parsed.data;
  if (actor.kind === "user" && actor.email !== email) return forbidden("You can create API tokens only for yourself.");

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, disabledAt: true, totpEnabledAt: true, memberships: { where: { suspendedAt: null }, select: { role: true } } },
    });
    if (!user) return invalid([{ field: "email", problem: `no user has the e-mail ${email}` }]);
    if (user.disabledAt) return invalid([{ field: "email", problem: "this user is disabled" }]);
    if (actor.kind === "user" && !user.totpEnabledAt && user.memberships.some((m) => TWO_FACTOR_ROLES_LIST.includes(m.role))) {
      return forbidden("Set up two-factor authentication in Your account before creating an API token.");
    }
    const token = newSecret("bdt");
    const now = ctx.now();
    const expiresAt = new Date(now.getTime() + expiresDays * 86_400_000);
    const created = await tx.apiToken.create({
      data: { userId: user.id, name, tokenHash: secretDigest(token), prefix: token.slice(0, 10), expiresAt },
      select: { id: true },
    });
    await appendAudit(
      tx,
      actor,
      { action: "api_token.create", detail: { email, tokenId: created.id, expiresAt: expiresAt.toISOString() } },
      now,
    );
    return ok({ id: created.id, email, token, expiresAt });
  });
}
