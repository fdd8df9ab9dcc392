import type { Tx } from "@/lib/server/transaction";

/** The role an accepted invitation gives; accepting twice, or a role already held, changes nothing. */
export async function grantInvitedRole(tx: Tx, userId: string, organizationId: string, role: string) {
  await tx.membership.upsert({
    where: { userId_organizationId_role: { userId, organizationId, role } },
    create: { userId, organizationId, role },
    update: {},
  });
}
