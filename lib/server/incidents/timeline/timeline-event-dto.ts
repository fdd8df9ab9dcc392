import { at, unseal } from "@/lib/server/crypto/sealed-text";

export interface TimelineEventDto {
  id: string;
  happenedAt: string;
  kind: string;
  summary: string;
  recordedBy: { id: string; name: string };
  recordedAt: string;
}

export const timelineEventSelect = {
  id: true,
  happenedAt: true,
  kind: true,
  summary: true,
  recordedAt: true,
  recordedBy: { select: { id: true, name: true } },
} as const;

export function toTimelineEventDto(row: {
  id: string;
  happenedAt: Date;
  kind: string;
  summary: string;
  recordedAt: Date;
  recordedBy: { id: string; name: string };
}): TimelineEventDto {
  return {
    id: row.id,
    happenedAt: row.happenedAt.toISOString(),
    kind: row.kind,
    summary: unseal(row.summary, at("incidentEvent", "summary", row.id)),
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  };
}
