import { z } from "zod";

/**
 * A list's practice filter: the practice's identifier (slug), or its name or a part of it, as a person with more
 * practices than a list of choices can hold types it (components/forms/practice-filter.tsx). Resolved among the
 * actor's own practices by lib/server/incidents/organization-filter.ts.
 */
export const practiceFilterSchema = z
  .string({ error: "must be text" })
  .trim()
  .min(1, { error: "is empty" })
  .max(200, { error: "must be at most 200 characters" });
