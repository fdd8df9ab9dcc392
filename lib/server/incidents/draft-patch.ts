import type { IncidentIntakeInput, IncidentPatchInput } from "@/lib/schemas/incident";

/**
 * The editable part of the intake, as a patch of its draft. The wizard restates which pre-filled answers are
 * still untouched, since a draft saved before a detail was complete could not hold it as assumed yet. Every
 * field is sent, an unanswered one as null, so a draft saved again is exactly what the form holds.
 */
export function draftPatchOf(draft: { id: string; version: number }, input: IncidentIntakeInput): IncidentPatchInput {
  return {
    incidentId: draft.id,
    version: draft.version,
    title: input.title,
    description: input.description ?? "",
    occurredAt: input.occurredAt ?? null,
    discoveredAt: input.discoveredAt ?? null,
    awareAt: input.awareAt,
    timeZone: input.timeZone,
    discoveryMethod: input.discoveryMethod ?? null,
    awarenessDelayReason: input.awarenessDelayReason ?? null,
    containment: input.containment ?? null,
    ongoing: input.ongoing ?? null,
    containedAt: input.containedAt ?? null,
    facts: input.facts ?? {},
    assumedFacts: input.assumedFacts ?? [],
  };
}
