import { secretDigest } from "@/lib/server/secure-token";
import type { Tx } from "@/lib/server/transaction";
import type { Db } from "@/lib/db/client";

/** A usable one-time link: known, of the expected purpose, unused and unexpired. */
export async function findUsableInvitation(db: Db | Tx, token: string, purpose: "invite" | "first-admin", now: Date) {
  const invitation = await db.invitation.findUnique({ where: { tokenHash: secretDigest(token) } });
  if (!invitation || invitation.purpose !== purpose || invitation.usedAt || invitation.expiresAt <= now) return null;
  return invitation;
}

export const EXPIRED_LINK = "this link has expired or was already used: ask your administrator for a new one";
