import { z } from "zod";
import { roleSchema } from "./admin";

/* A person's place in a practice: joining it through an invitation, a role taken away, access suspended. */

/** A signed-in person accepts an invitation to another practice with the link's token. */
export const joinOrganizationSchema = z.object({ token: z.string({ error: "is required" }).min(1, { error: "is required" }) });
export type JoinOrganizationInput = z.input<typeof joinOrganizationSchema>;

export const removeRoleSchema = z.object({ organizationId: z.string().min(1), userId: z.string().min(1), role: roleSchema });
export type RemoveRoleInput = z.input<typeof removeRoleSchema>;

export const suspendMemberSchema = z.object({
  organizationId: z.string({ error: "is required" }).min(1, { error: "is required" }),
  userId: z.string({ error: "is required" }).min(1, { error: "is required" }),
  suspended: z.boolean({ error: "must be true or false" }),
});
export type SuspendMemberInput = z.input<typeof suspendMemberSchema>;
