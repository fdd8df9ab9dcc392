import { z } from "zod";
import { emailSchema } from "./admin";

/** The operator disables (or enables again) a whole account, named by its id or its e-mail address. */
export const disableUserSchema = z
  .object({
    userId: z.string().min(1, { error: "is required" }).optional(),
    email: emailSchema.optional(),
    disabled: z.boolean({ error: "must be true or false" }),
  })
  .refine((input) => input.userId !== undefined || input.email !== undefined, { path: ["email"], error: "is required" });
export type DisableUserInput = z.input<typeof disableUserSchema>;
