import { z } from "zod";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { hasRole } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";

const disableUserSchema = z.object({ userId: z.string().min(1), disabled: z.boolean() });

/**
 * Disabling a person ends their sessions and API tokens at their next request (both are checked
 * against the user on every request). An administrator may disable only people of their organisations.
 */
export async function setUserDisabled(
  ctx: ServiceContext,
  actor: Actor,
  input: z.input<typeof disableUserSchema>,
): Promise<ServiceResult<{ userId: string; disabled: boolean }>> {
  const parsed = disableUserSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { userId, disabled } = parsed.data;
  const now = ctx.now();
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, include: { memberships: true } });
    const administered = target?.memberships.filter((m) => hasRole(actor, m.organizationId, "admin")) ?? [];
    if (!target || administered.length === 0) return notFound();
    if (actor.kind === "user" && actor.userId === userId) return invalid([{ field: "userId", problem: "you cannot disable yourself" }]);
    await tx.user.update({
      where: { id: userId },
      data: disabled ? { disabledAt: now, sessionsValidFrom: now } : { disabledAt: null },
    });
    if (disabled) await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    for (const membership of administered) {
      await appendAudit(tx, actor, {
        action: disabled ? "user.disable" : "user.enable",
        organizationId: membership.organizationId,
        detail: { userId, email: target.email },
      }, now);
    }
    return ok({ userId, disabled });
  });
}
