import type { FieldError } from "@/lib/schemas/field-errors";
import type { Role } from "@/lib/server/actor";
import type { Tx } from "@/lib/server/transaction";

/**
 * A person named in an incident (owner, DPO, task owner) must belong to its organisation: an id sent by
 * a client is never trusted to point inside the tenant.
 */
export async function memberProblem(
  tx: Tx,
  organizationId: string,
  field: string,
  userId: string | null | undefined,
  roles?: readonly Role[],
): Promise<FieldError | null> {
  if (!userId) return null;
  const membership = await tx.membership.findFirst({
    where: { organizationId, userId, suspendedAt: null, ...(roles ? { role: { in: [...roles] } } : {}), user: { disabledAt: null } },
    select: { id: true },
  });
  if (membership) return null;
  return {
    field,
    problem: roles ? `must be a ${roles.join(" or ")} of the incident's organisation` : "must be a member of the incident's organisation",
  };
}
