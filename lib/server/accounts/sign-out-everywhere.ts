import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { revokeAllSessions } from "@/lib/server/auth/sessions";
import { forbidden, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";

/** Ends every browser session of the person, this one included, at their next request. */
export async function signOutEverywhere(ctx: ServiceContext, actor: Actor): Promise<ServiceResult<null>> {
  if (actor.kind !== "user") return forbidden();
  const now = ctx.now();
  await revokeAllSessions(ctx.db, actor.userId, now);
  await writeTransaction(ctx.db, ctx.provider, (tx) => appendAudit(tx, actor, { action: "account.sign_out_everywhere" }, now));
  return ok(null);
}
