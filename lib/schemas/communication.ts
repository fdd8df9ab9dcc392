import { z } from "zod";
import { plainText, singleLineName, singleLineText } from "./text-rules";
import { MESSAGE_LANGUAGES } from "@/lib/domain/communication";
import { instantSchema } from "./incident-dates";

/*
 * The inputs of the Art. 34 communication to the people affected: shared by the page's forms, the server
 * actions, the JSON API (docs/INTERFACES.md section 2) and the services.
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
    name: singleLineName(
      z
        .string({ error: "is required" })
        .trim()
        .min(1, { error: "is required: the person's name" })
        .max(RECIPIENT_NAME_MAX, { error: `must be at most ${RECIPIENT_NAME_MAX} characters` }),
    ),
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
export type Recipient = z.output<typeof recipientInputSchema>;

export const communicationLanguageSchema = z.enum(MESSAGE_LANGUAGES, { error: () => `must be one of: ${MESSAGE_LANGUAGES.join(", ")}` });
export const communicationChannelSchema = z.enum(COMMUNICATION_CHANNELS, {
  error: () => `must be one of: ${COMMUNICATION_CHANNELS.join(", ")}`,
});

export const communicationCreateSchema = z.strictObject({
  incidentId: id("incident"),
  language: communicationLanguageSchema,
  channel: communicationChannelSchema,
  recipients: z.array(z.unknown()).max(50_000, { error: "must be at most 50000 people: upload larger lists as CSV" }).optional(),
});
export type CommunicationCreateInput = z.input<typeof communicationCreateSchema>;
export type CommunicationCreate = z.output<typeof communicationCreateSchema>;

export const communicationRefSchema = z.strictObject({ communicationId: id("communication") });

export const MESSAGE_TEXT_MAX = 20_000;
/** The DPO's own wording of a letter or e-mail, in the communication's language; "{name}" becomes each person's name. */
export const communicationTextSchema = z.strictObject({
  communicationId: id("communication"),
  subject: singleLineText(
    z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(300, { error: "must be at most 300 characters" }),
  ),
  // A browser sends a textarea's line breaks as CRLF: stored as LF, so the hash is that of the text, not of the form.
  text: plainText(
    z
      .string({ error: "is required" })
      .overwrite((text) => text.replace(/\r\n?/g, "\n"))
      .trim()
      .min(1, { error: "is required: the text of the message" })
      .max(MESSAGE_TEXT_MAX, { error: `must be at most ${MESSAGE_TEXT_MAX} characters` }),
  ),
});
export type CommunicationTextInput = z.input<typeof communicationTextSchema>;
export type CommunicationRefInput = z.input<typeof communicationRefSchema>;

/** A new draft for the people a sent communication did not reach, by another (or the same) channel. */
export const communicationFollowUpSchema = z.strictObject({ communicationId: id("communication"), channel: communicationChannelSchema });
export type CommunicationFollowUpInput = z.input<typeof communicationFollowUpSchema>;
export type CommunicationFollowUp = z.output<typeof communicationFollowUpSchema>;

export const recipientsCsvImportSchema = z.strictObject({
  communicationId: id("communication"),
  csv: z
    .string({ error: "is required: the CSV text" })
    .min(1, { error: "is empty: upload a CSV file with a header line (name, email, address)" })
    .refine((text) => Buffer.byteLength(text) <= RECIPIENTS_CSV_MAX_BYTES, {
      error: `must be at most ${RECIPIENTS_CSV_MAX_BYTES / 1024 / 1024} MB`,
    }),
});
export type RecipientsCsvImportInput = z.input<typeof recipientsCsvImportSchema>;

/** One person added by hand: the same rules as a CSV row (recipientInputSchema, then reachProblem). */
export const recipientAddSchema = z.strictObject({ communicationId: id("communication"), recipient: recipientInputSchema });
export type RecipientAddInput = z.input<typeof recipientAddSchema>;

/**
 * Why a person cannot be reached by the channel, naming the field to fill in, or null. An e-mail without an
 * address falls back to a letter, so a postal address is enough there.
 */
export function reachProblem(
  channel: string,
  recipient: { email: string | null; postalAddress: string | null },
): { field: "email" | "postalAddress"; reason: string } | null {
  if (channel === "email" && !recipient.email && !recipient.postalAddress) {
    return { field: "email", reason: "neither an e-mail address nor a postal address: this person cannot be reached" };
  }
  if (channel === "letter" && !recipient.postalAddress)
    return { field: "postalAddress", reason: "postal address is missing: a letter needs one" };
  return null;
}

export const recipientListSchema = z.strictObject({
  communicationId: id("communication"),
  /** pending | queued | sent | failed | bounced; all when omitted. */
  status: z.enum(["pending", "queued", "sent", "failed", "bounced"]).optional(),
  page: z.number({ error: "must be a number" }).int().min(1, { error: "must be 1 or more" }).default(1),
  pageSize: z.number({ error: "must be a number" }).int().min(1).max(200, { error: "must be at most 200" }).default(50),
});
export type RecipientListInput = z.input<typeof recipientListSchema>;
export type RecipientList = z.output<typeof recipientListSchema>;

export const recipientRefSchema = z.strictObject({ communicationId: id("communication"), recipientId: id("recipient") });
export type RecipientRefInput = z.input<typeof recipientRefSchema>;

export const SENT_VIA_MAX = 500;
export const NOT_POSTED_REASON_MAX = 500;

const optionalText = (max: number) =>
  z
    .string({ error: "must be text" })
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .optional()
    .transform((value) => (value === "" ? undefined : value));

/**
 * The DPO records what happened outside Breachdesk: the letters were posted, or the public notice
 * (Art. 34(3)(c)) was published. One shape for both; which fields a channel needs (`where` for a notice,
 * `how` and `notPosted` only for letters) is checked by the service, which knows the channel.
 */
export const offlineDeliverySchema = z
  .strictObject({
    communicationId: id("communication"),
    /** When the letters were posted or the notice published: ISO 8601 with an offset. */
    sentAt: instantSchema,
    /** Letters: how they were posted, e.g. "registered mail" (optional). */
    how: optionalText(SENT_VIA_MAX),
    /** Public notice: where it was published, a URL or a place (required for a notice). */
    where: optionalText(SENT_VIA_MAX),
    /** Letters: the people whose letter was not posted, each with the reason; they are recorded as failed. */
    notPosted: z
      .array(
        z.strictObject({
          recipientId: id("recipient"),
          reason: z
            .string({ error: "is required: why this letter was not posted" })
            .trim()
            .min(1, { error: "is required: why this letter was not posted" })
            .max(NOT_POSTED_REASON_MAX, { error: `must be at most ${NOT_POSTED_REASON_MAX} characters` }),
        }),
        { error: "must be a list of { recipientId, reason }" },
      )
      .max(50_000, { error: "must be at most 50000 people" })
      .optional(),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.notPosted?.forEach((entry, index) => {
      if (seen.has(entry.recipientId))
        ctx.addIssue({ code: "custom", path: ["notPosted", index, "recipientId"], message: "is listed twice" });
      seen.add(entry.recipientId);
    });
  });
export type OfflineDeliveryInput = z.input<typeof offlineDeliverySchema>;
export type OfflineDelivery = z.output<typeof offlineDeliverySchema>;
