import { z } from "zod";

/**
 * What an "email" outbox message carries (sealed at rest). Addresses may be bare ("a@b.org") or with a
 * display name ("Dr. A <a@b.org>"); nodemailer parses both.
 */
export const emailMessageSchema = z.object({
  to: z.union([z.string().min(3), z.array(z.string().min(3)).min(1)]),
  subject: z.string().min(1),
  text: z.string(),
  html: z.string().optional(),
  replyTo: z.string().optional(),
});

export type EmailMessage = z.infer<typeof emailMessageSchema>;

/** The recipients as one list, for showing which addresses a waiting e-mail will go to. */
export function recipientsOf(message: Pick<EmailMessage, "to">): string[] {
  return Array.isArray(message.to) ? message.to : [message.to];
}
