import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, seal } from "@/lib/server/crypto/sealed-text";

/** A new timeline event's id and its summary sealed for that row, to spread into the event's data. */
export function sealedEventSummary(summary: string): { id: string; summary: string } {
  const id = newRowId();
  return { id, summary: seal(summary, at("incidentEvent", "summary", id)) };
}
