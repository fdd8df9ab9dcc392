import {
  afterFailure,
  afterRefund,
  secondsToWait,
  type ThrottlePolicy,
  ACCOUNT_THROTTLE,
  IP_THROTTLE,
} from "@/lib/domain/accounts/throttle-policy";
import { secretDigest } from "@/lib/server/secure-token";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";

export const accountKey = (email: string) => `acct:${secretDigest(email.trim().toLowerCase())}`;
export const ipKey = (ip: string | null) => `ip:${ip ?? "unknown"}`;

const keysOf = (email: string, ip: string | null): Array<[string, ThrottlePolicy]> => [
  [accountKey(email), ACCOUNT_THROTTLE],
  [ipKey(ip), IP_THROTTLE],
];

/**
 * Check and count in one serialised write transaction, before the password is verified: every attempt
 * is counted as a failure up front, so concurrent guesses cannot all pass the check before any is counted
 * (checking first and counting after the slow password hash let 40 parallel guesses test 7 passwords where
 * the policy allows 6). Answers the seconds to wait (nothing counted), or 0: the attempt may go ahead.
 */
export async function reserveAttempt(ctx: ServiceContext, email: string, ip: string | null, now: Date): Promise<number> {
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const keys = keysOf(email, ip);
    const rows = await tx.signInThrottle.findMany({ where: { key: { in: keys.map(([key]) => key) } } });
    const wait = Math.max(0, ...rows.map((row) => secondsToWait(row, now)));
    if (wait > 0) return wait;
    for (const [key, policy] of keys) {
      const next = afterFailure(rows.find((row) => row.key === key) ?? null, now, policy);
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
    }
    return 0;
  });
}

/**
 * The reserved attempt was not a failure after all (the right password, with a code still to come, or a
 * success): it stops counting. A success clears the account's count entirely, but not the address's:
 * others may be guessing from there.
 */
export async function refundAttempt(ctx: ServiceContext, email: string, ip: string | null, outcome: "success" | "code_required") {
  await writeTransaction(ctx.db, ctx.provider, async (tx) => {
    for (const [key, policy] of keysOf(email, ip)) {
      if (outcome === "success" && policy === ACCOUNT_THROTTLE) {
        await tx.signInThrottle.deleteMany({ where: { key } });
        continue;
      }
      const row = await tx.signInThrottle.findUnique({ where: { key } });
      if (row) await tx.signInThrottle.update({ where: { key }, data: afterRefund(row, policy) });
    }
  });
}
