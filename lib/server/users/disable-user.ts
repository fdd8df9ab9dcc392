import { disableUserSchema, type DisableUserInput } from "@/lib/schemas/user-disable";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { forbidden, invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";

/**
 * Disables a whole account, in every organisation: its sessions and API tokens stop at their next
 * request (both are checked against the user on every request). Only the operator, on the server
 * (`breachdesk user disable`), may: an organisation's administrator suspends the person's membership
 * in their own organisation instead (suspend-member.ts), since the account also serves other practices.
 * Audited in every organisation the person belongs to.
 */
export async function setUserDisabled(
  ctx: ServiceContext,
  actor: Actor,
  input: DisableUserInput,
): Promise<ServiceResult<{ userId: string; disabled: boolean }>> {
  const parsed = disableUserSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { disabled } = parsed.data;
  if (actor.kind !== "operator") {
    return forbidden("Only the operator disables a whole account; an administrator suspends the person in their own organisation.");
  }
  const now = ctx.now();
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const target = await tx.user.findUnique({
      where: parsed.data.userId ? { id: parsed.data.userId } : { email: parsed.data.email! },
      include: { memberships: true },
    });
    if (!target) return invalid([{ field: parsed.data.userId ? "userId" : "email", problem: "no account has it" }]);
    const userId = target.id;
    await tx.user.update({
      where: { id: userId },
      data: disabled ? { disabledAt: now, sessionsValidFrom: now } : { disabledAt: null },
    });
    if (disabled) await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    const organizationIds = [...new Set(target.memberships.map((m) => m.organizationId))];
    for (const organizationId of organizationIds.length ? organizationIds : [null]) {
      await appendAudit(
        tx,
        actor,
        {
          action: disabled ? "user.disable" : "user.enable",
          organizationId,
          detail: { userId, email: target.email },
        },
        now,
      );
    }
    return ok({ userId, disabled });
  });
}
