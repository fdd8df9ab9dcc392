import type { Actor, Role } from "@/lib/server/actor";
import type { TestContext } from "./test-context";

/** A signed-in person with one membership: the user row, the membership row, and the actor they act as. */
export async function member(
  ctx: TestContext,
  key: string,
  organizationId: string,
  role: Role,
  { ip = null, via = "web" }: { ip?: string | null; via?: "web" | "api" } = {},
): Promise<Actor & { kind: "user" }> {
  const email = `${key}@example.org`;
  const user = await ctx.db.user.create({ data: { email, name: key } });
  await ctx.db.membership.create({ data: { userId: user.id, organizationId, role } });
  return { kind: "user", userId: user.id, email, memberships: [{ organizationId, role }], ip, via };
}
