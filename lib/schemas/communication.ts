import { z } from "zod";
import { MESSAGE_LANGUAGES } from "@/lib/domain/communication";

/*
 * The inputs of the Art. 34 communication to the people affected: shared by the page's forms, the server
 * actions, the JSON API (shared/CONTRACT.md section 2) and the services.
 */

export const COMMUNICATION_CHANNELS = ["email", "letter", "public_notice"] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];

export const RECIPIENT_NAME_MAX = 200;
export const POSTAL_ADDRESS_MAX = 1_000;
/** A CSV upload larger than this is refused as a whole (about 50,000 people). */
export const RECIPIENTS_CSV_MAX_BYTES = 5 * 1024 * 1024;

const id = (what: string) => z.string({ error: `is required: the ${what}'s id` }).min(1, { error: `is required: the ${what}'s id` });

/** Deliberately simple: one "@", something on both sides, a dot in the domain, no spaces or angle brackets. */
export const EMAIL_PATTERN = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Lower-cased and trimmed: the form whose digest finds duplicates. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const recipientInputSchema = z
  .strictObject({
    name: z
      .string({ error: "is required" })
      .trim()
      .min(1, { error: "is required: the person's name" })
      .max(RECIPIENT_NAME_MAX, { error: `must be at most ${RECIPIENT_NAME_MAX} characters` }),
    email: z
      .string({ error: "must be text" })
      .trim()
      .max(320, { error: "must be at most 320 characters" })
      .refine((value) => value === "" || EMAIL_PATTERN.test(value), { error: "is not a valid e-mail address" })
      .nullable()
      .optional(),
    postalAddress: z
      .string({ error: "must be text" })
      .trim()
      .max(POSTAL_ADDRESS_MAX, { error: `must be at most ${POSTAL_ADDRESS_MAX} characters` })
      .nullable()
      .optional(),
  })
  .transform((recipient) => ({
    name: recipient.name,
    email: recipient.email ? recipient.email : null,
    postalAddress: recipient.postalAddress ? recipient.postalAddress : null,
  }));
export type RecipientInput = z.input<typeof recipientInputSchema>;
export type Recipient = z.output<typeof recipientInputSchema>;

export const communicationLanguageSchema = z.enum(MESSAGE_LANGUAGES, { error: () => `must be one of: ${MESSAGE_LANGUAGES.join(", ")}` });
export const communicationChannelSchema = z.enum(COMMUNICATION_CHANNELS, { error: () => `must be one of: ${COMMUNICATION_CHANNELS.join(", ")}` });

export const communicationCreateSchema = z.strictObject({
  incidentId: id("incident"),
  language: communicationLanguageSchema,
  channel: communicationChannelSchema,
  recipients: z.array(z.unknown()).max(50_000, { error: "must be at most 50000 people: upload larger lists as CSV" }).optional(),
});
export type CommunicationCreateInput = z.input<typeof communicationCreateSchema>;

export const communicationRefSchema = z.strictObject({ communicationId: id("communication") });
export type CommunicationRefInput = z.input<typeof communicationRefSchema>;

export const recipientsCsvImportSchema = z.strictObject({
  communicationId: id("communication"),
  csv: z
    .string({ error: "is required: the CSV text" })
    .min(1, { error: "is empty: upload a CSV file with a header line (name, email, address)" })
    .refine((text) => Buffer.byteLength(text) <= RECIPIENTS_CSV_MAX_BYTES, { error: `must be at most ${RECIPIENTS_CSV_MAX_BYTES / 1024 / 1024} MB` }),
});
export type RecipientsCsvImportInput = z.input<typeof recipientsCsvImportSchema>;

export const recipientListSchema = z.strictObject({
  communicationId: id("communication"),
  /** pending | queued | sent | failed | bounced; all when omitted. */
  status: z.enum(["pending", "queued", "sent", "failed", "bounced"]).optional(),
  page: z.number({ error: "must be a number" }).int().min(1, { error: "must be 1 or more" }).default(1),
  pageSize: z.number({ error: "must be a number" }).int().min(1).max(200, { error: "must be at most 200" }).default(50),
});
export type RecipientListInput = z.input<typeof recipientListSchema>;

export const recipientRefSchema = z.strictObject({ communicationId: id("communication"), recipientId: id("recipient") });
export type RecipientRefInput = z.input<typeof recipientRefSchema>;
