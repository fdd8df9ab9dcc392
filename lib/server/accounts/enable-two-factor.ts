import { confirmTwoFactorSchema } from "@/lib/schemas/accounts";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { forbidden, invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { confirmTwoFactorSetup } from "./two-factor-setup";

/** A signed-in person turns on (or replaces) two-factor authentication; recovery codes are returned once. */
export async function enableTwoFactor(
  ctx: ServiceContext,
  actor: Actor,
  input: { totpSecret: string; totpCode: string },
): Promise<ServiceResult<{ recoveryCodes: string[] }>> {
  if (actor.kind !== "user") return forbidden();
  const parsed = confirmTwoFactorSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const now = ctx.now();
  const confirmed = confirmTwoFactorSetup(parsed.data.totpSecret, parsed.data.totpCode, now);
  if (!confirmed)
    return invalid([{ field: "totpCode", problem: "does not match: enter the 6-digit code your authenticator app shows now" }]);
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: confirmed.userData(actor.userId) });
    await appendAudit(tx, actor, { action: "account.two_factor_enabled" }, now);
    return ok({ recoveryCodes: confirmed.recoveryCodes });
  });
}
