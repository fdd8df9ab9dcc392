import { z } from "zod";

/*
 * RFC 9457 problem details, the one error shape of the JSON API (docs/INTERFACES.md section 2): the type
 * lib/server/api/problem.ts answers with and the OpenAPI document's "Problem" both come from this schema.
 * Extension members (a conflict's currentVersion, a server error's errorId) travel beside the standard ones.
 */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(100).max(599),
    detail: z.string(),
    instance: z.string(),
    errors: z
      .array(z.object({ field: z.string().meta({ description: 'JSON path, e.g. "facts.subjects.count"' }), problem: z.string() }))
      .optional(),
  })
  .catchall(z.unknown())
  .meta({
    description:
      "RFC 9457 problem details. A 409 on an incident also carries currentVersion, yourVersion, changedSince and the current incident.",
  });
export type Problem = z.output<typeof problemSchema>;
