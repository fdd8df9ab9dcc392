import type { AppEnv } from "@/lib/config/env";
import { newSecret, secretDigest } from "@/lib/server/secure-token";
import type { Tx } from "@/lib/server/transaction";

export const INVITATION_LIFETIME_HOURS = 72;
export const FIRST_ADMIN_LIFETIME_HOURS = 24;

/** Creates a one-time link; only its digest is stored, so the link exists once: in the answer. */
export async function issueInvitation(
  tx: Tx,
  env: AppEnv,
  now: Date,
  invitation: { email: string; organizationId: string | null; role: string; purpose: "invite" | "first-admin"; createdById: string | null },
): Promise<{ link: string; expiresAt: Date }> {
  const token = newSecret(invitation.purpose === "first-admin" ? "bdsetup" : "bdinv");
  const hours = invitation.purpose === "first-admin" ? FIRST_ADMIN_LIFETIME_HOURS : INVITATION_LIFETIME_HOURS;
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await tx.invitation.create({ data: { ...invitation, tokenHash: secretDigest(token), expiresAt } });
  const path = invitation.purpose === "first-admin" ? "setup" : "invite";
  return { link: `${env.appUrl}/${path}/${token}`, expiresAt };
}
