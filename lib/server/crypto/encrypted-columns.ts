/**
 * Every database column that holds sealed text ("enc1:<keyId>:..."), i.e. every field the schema comments
 * as encrypted. Key rotation re-encrypts exactly these; a test compares this list with the schema, so a
 * new encrypted column cannot be forgotten here.
 */
export const ENCRYPTED_COLUMNS = {
  incident: ["description", "awarenessDelayReason", "discoveryMethod", "containment", "notificationDetails"],
  incidentRevision: ["snapshot"],
  incidentEvent: ["summary"],
  comment: ["body"],
  attachment: ["fileName"],
  communication: ["content", "sentVia"],
  filing: ["content"],
  recipient: ["name", "email", "postalAddress"],
  // Kept as sent: re-encryption changes how it is stored, never what it says.
  sentMessage: ["content"],
  outboxMessage: ["payload"],
  user: ["totpSecret"],
} as const;

export type EncryptedTable = keyof typeof ENCRYPTED_COLUMNS;

/** Tables whose @updatedAt must not move: re-encryption changes how a value is stored, not the value. */
export const TABLES_WITH_UPDATED_AT: ReadonlySet<EncryptedTable> = new Set(["incident", "communication", "user"]);

/** The schema's model name, for messages ("Incident: 12 values re-encrypted"). */
export function modelName(table: EncryptedTable): string {
  return table.charAt(0).toUpperCase() + table.slice(1);
}
