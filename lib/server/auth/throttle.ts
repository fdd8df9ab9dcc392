import { afterFailure, secondsToWait, type ThrottlePolicy, ACCOUNT_THROTTLE, IP_THROTTLE } from "@/lib/domain/accounts/throttle-policy";
import { secretDigest } from "@/lib/server/secure-token";
import type { Db } from "@/lib/db/client";

export const accountKey = (email: string) => `acct:${secretDigest(email.trim().toLowerCase())}`;
export const ipKey = (ip: string | null) => `ip:${ip ?? "unknown"}`;

export async function waitSeconds(db: Db, keys: string[], now: Date): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys } } });
  return Math.max(0, ...rows.map((row) => secondsToWait(row, now)));
}

async function recordFailureFor(db: Db, key: string, policy: ThrottlePolicy, now: Date) {
  const current = await db.signInThrottle.findUnique({ where: { key } });
  const next = afterFailure(current, now, policy);
  await db.signInThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
}

export async function recordFailure(db: Db, email: string, ip: string | null, now: Date) {
  await recordFailureFor(db, accountKey(email), ACCOUNT_THROTTLE, now);
  await recordFailureFor(db, ipKey(ip), IP_THROTTLE, now);
}

/** A successful sign-in clears the account's count (not the IP's: others may be guessing from there). */
export async function recordSuccess(db: Db, email: string) {
  await db.signInThrottle.deleteMany({ where: { key: accountKey(email) } });
}
