import { cliOperator } from "@/lib/server/actor";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { addMember } from "@/lib/server/users/add-member";
import type { TestContext } from "./test-context";
import { value } from "./value";

/**
 * Two practices made the way an operator makes them (so their creation is in the audit trail): Praxis Nord with
 * a DPO and a manager, Praxis Süd with an administrator. Ids by slug and by e-mail address.
 */
export async function nordAndSud(ctx: TestContext) {
  const orgIds: Record<string, string> = {};
  const userIds: Record<string, string> = {};
  for (const name of ["Praxis Nord", "Praxis Süd"]) {
    const created = value(await createOrganization(ctx, cliOperator, { name }));
    orgIds[created.slug] = created.id;
  }
  for (const [organization, email, role] of [
    ["praxis-nord", "dpo@nord.example", "dpo"],
    ["praxis-nord", "mgr@nord.example", "manager"],
    ["praxis-sud", "admin@sud.example", "admin"],
  ] as const) {
    userIds[email] = value(await addMember(ctx, cliOperator, { organization, email, role })).userId;
  }
  return { orgIds, userIds };
}
