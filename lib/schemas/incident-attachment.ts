import { z } from "zod";

/*
 * An attachment upload. The declared type is only a claim: the server checks the bytes (magic numbers)
 * while it encrypts them, so the limits here are the first gate, not the only one.
 */

export const ATTACHMENT_PURPOSES = ["evidence", "receipt", "letter"] as const;

export const ALLOWED_ATTACHMENT_TYPES = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  txt: "text/plain",
  csv: "text/csv",
  eml: "message/rfc822",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
export type AttachmentKind = keyof typeof ALLOWED_ATTACHMENT_TYPES;

export const DEFAULT_ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

export interface AttachmentLimits {
  maxBytes: number;
}
export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = { maxBytes: DEFAULT_ATTACHMENT_MAX_BYTES };

/** "1.2 MB" (the API's and English words); in another language as it writes sizes: "1,2 Mo", "1,2 MB". */
export function describeSize(bytes: number, locale = "en"): string {
  const megabytes = bytes >= 1024 * 1024;
  if (locale === "en") return megabytes ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
  return new Intl.NumberFormat(locale, { style: "unit", unit: megabytes ? "megabyte" : "kilobyte", maximumFractionDigits: 1 }).format(
    megabytes ? Math.round((bytes / 1024 / 1024) * 10) / 10 : Math.ceil(bytes / 1024),
  );
}

/** The kind a file claims by its declared type or, failing that, its name's extension. */
export function declaredKind(fileName: string, contentType: string): AttachmentKind | null {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  const byType = (Object.entries(ALLOWED_ATTACHMENT_TYPES) as Array<[AttachmentKind, string]>).find(([, mime]) => mime === type);
  if (byType) return byType[0];
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  const aliases: Record<string, AttachmentKind> = { jpg: "jpeg", jpeg: "jpeg", text: "txt", log: "txt" };
  if (extension in ALLOWED_ATTACHMENT_TYPES) return extension as AttachmentKind;
  return aliases[extension] ?? null;
}

export function attachmentUploadSchema(limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS) {
  const allowed = Object.keys(ALLOWED_ATTACHMENT_TYPES).join(", ");
  return z.strictObject({
    incidentId: z.string({ error: "is required: the incident's id" }).min(1, { error: "is required: the incident's id" }),
    purpose: z.enum(ATTACHMENT_PURPOSES, { error: () => `must be one of: ${ATTACHMENT_PURPOSES.join(", ")}` }).default("evidence"),
    file: z
      .instanceof(Blob, { error: "is required: choose a file to upload" })
      .refine((file) => file.size > 0, { error: "is empty" })
      .refine((file) => file.size <= limits.maxBytes, {
        error: (issue) => `is too large (${describeSize((issue.input as Blob).size)}; at most ${describeSize(limits.maxBytes)})`,
      })
      .refine((file) => fileNameOf(file).length <= 255, { error: "has a name longer than 255 characters" })
      .refine((file) => declaredKind(fileNameOf(file), file.type) !== null, {
        error: `is not an allowed type (allowed: ${allowed})`,
      }),
  });
}
export type AttachmentUploadInput = z.input<ReturnType<typeof attachmentUploadSchema>>;

/** A File has a name; a bare Blob (from a script) does not. */
export function fileNameOf(file: Blob): string {
  return "name" in file && typeof file.name === "string" && file.name.trim() ? file.name.trim() : "attachment";
}

export const attachmentRefSchema = z.strictObject({
  attachmentId: z.string({ error: "is required: the attachment's id" }).min(1, { error: "is required: the attachment's id" }),
});
export type AttachmentRefInput = z.input<typeof attachmentRefSchema>;
