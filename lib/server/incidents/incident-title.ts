import { at, openMaybeSealed } from "@/lib/server/crypto/sealed-text";

/** An incident's title, decrypted: every place that shows a title (lists, reminders, calendars, documents) reads it here. */
export function incidentTitle(row: { id: string; title: string }): string {
  return openMaybeSealed(row.title, at("incident", "title", row.id));
}
