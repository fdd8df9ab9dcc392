import { EMPTY_NOTIFICATION_DETAILS, notificationDetailsShape, type NotificationDetails } from "@/lib/schemas/notification-details";
import { at, seal, unseal } from "@/lib/server/crypto/sealed-text";

/*
 * The notification details as stored: Incident.notificationDetails, the sealed JSON of the schema's output.
 * Only this file knows that shape on disk.
 */
export type DetailField = keyof NotificationDetails;

const FIELDS = Object.keys(notificationDetailsShape) as DetailField[];

/** Free text and personal data (names, contacts): the audit trail says they changed, never what they say. */
const PRIVATE_FIELDS: ReadonlySet<DetailField> = new Set([
  "reporter",
  "systemsInvolved",
  "measuresInPlace",
  "otherParties",
  "otherAuthoritiesNotified",
  "likelyConsequences",
  "measuresProposed",
]);

/**
 * The stored details, read field by field: a value a later, stricter schema refuses is dropped (shown as not
 * recorded, so the draft asks for it again) rather than making every notification page of the incident fail.
 */
export function readNotificationDetails(incidentId: string, sealed: string | null): NotificationDetails {
  if (sealed === null) return { ...EMPTY_NOTIFICATION_DETAILS };
  const raw = JSON.parse(unseal(sealed, at("incident", "notificationDetails", incidentId))) as Record<string, unknown>;
  const details: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const parsed = notificationDetailsShape[field].safeParse(raw[field]);
    details[field] = parsed.success ? parsed.data : EMPTY_NOTIFICATION_DETAILS[field];
  }
  return details as unknown as NotificationDetails;
}

export function sealNotificationDetails(incidentId: string, details: NotificationDetails): string {
  return seal(
    JSON.stringify(Object.fromEntries(FIELDS.map((field) => [field, details[field]]))),
    at("incident", "notificationDetails", incidentId),
  );
}

export function changedDetailFields(before: NotificationDetails, after: NotificationDetails): DetailField[] {
  return FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** The audit detail of a change: before and after for the template's choices, "changed" for text and people. */
export function auditDetailChanges(before: NotificationDetails, after: NotificationDetails, fields: readonly DetailField[]) {
  return Object.fromEntries(
    fields.map((field) => [field, PRIVATE_FIELDS.has(field) ? "changed" : { before: before[field], after: after[field] }]),
  );
}
