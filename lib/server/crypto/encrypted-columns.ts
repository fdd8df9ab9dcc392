/**
 * Every database column that holds sealed text ("enc2:<keyId>:...", or "enc1:" from before values were
 * bound to their row), i.e. every field the schema comments as encrypted. Key rotation re-encrypts exactly
 * these; a test compares this list with the schema, so a new encrypted column cannot be forgotten here.
 */
export const ENCRYPTED_COLUMNS = {
  // A manager may type a patient's name into any free text, titles included.
  incident: ["title", "description", "awarenessDelayReason", "discoveryMethod", "containment", "notificationDetails"],
  incidentRevision: ["snapshot"],
  incidentEvent: ["summary"],
  task: ["title"],
  comment: ["body"],
  attachment: ["fileName"],
  communication: ["content", "sentVia"],
  assessment: ["authorityRationale", "subjectsRationale"],
  filing: ["content", "authorityReference", "lateReason"],
  // lastError: a mail server's refusal often quotes the address.
  recipient: ["name", "email", "postalAddress", "lastError"],
  // Kept as sent: re-encryption changes how it is stored, never what it says.
  sentMessage: ["content"],
  outboxMessage: ["payload"],
  user: ["totpSecret"],
} as const;

export type EncryptedTable = keyof typeof ENCRYPTED_COLUMNS;

/**
 * The column whose value a sealed value is bound to (sealed-text.ts), when it is not the row's id:
 * SentMessage rows are inserted in SQL by the outbox worker after their content was sealed, and each
 * belongs to exactly one recipient.
 */
export const BINDING_COLUMN: Partial<Record<EncryptedTable, string>> = { sentMessage: "recipientId" };

export const bindingColumnOf = (table: EncryptedTable): string => BINDING_COLUMN[table] ?? "id";

/**
 * Columns encrypted only since values were bound to their row: rows from before may still hold them in
 * clear, which the start-up upgrade seals (seal-plaintext-columns.ts).
 */
export const ONCE_PLAINTEXT_COLUMNS: { readonly [T in EncryptedTable]?: readonly (typeof ENCRYPTED_COLUMNS)[T][number][] } = {
  incident: ["title"],
  task: ["title"],
  assessment: ["authorityRationale", "subjectsRationale"],
  filing: ["authorityReference", "lateReason"],
  recipient: ["lastError"],
};

/** Tables whose @updatedAt must not move: re-encryption changes how a value is stored, not the value. */
export const TABLES_WITH_UPDATED_AT: ReadonlySet<EncryptedTable> = new Set(["incident", "communication", "user"]);

/** The schema's model name, for messages ("Incident: 12 values re-encrypted"). */
export function modelName(table: EncryptedTable): string {
  return table.charAt(0).toUpperCase() + table.slice(1);
}
