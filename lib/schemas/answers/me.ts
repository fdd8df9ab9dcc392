import { z } from "zod";
import { ROLES } from "@/lib/domain/accounts/roles";

/*
 * Who an API token acts as (GET /api/v1/me, docs/INTERFACES.md section 2): the type describeActor answers
 * with and the OpenAPI document's "Me" both come from this schema.
 */
export const meSchema = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  memberships: z.array(z.object({ organization: z.object({ slug: z.string(), name: z.string() }), role: z.enum(ROLES) })),
});
export type ApiIdentity = z.output<typeof meSchema>;
