import type { IncidentIntakeInput } from "@/lib/schemas/incident";
import type { Actor } from "@/lib/server/actor";
import type { ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import type { IncidentDto } from "@/lib/server/incidents/incident-dto";
import { updateIncident } from "@/lib/server/incidents/update-incident";

/** The fields of the edit form that a person can change, as the patch names them. */
const EDITABLE = [
  "title",
  "description",
  "occurredAt",
  "discoveredAt",
  "awareAt",
  "discoveryMethod",
  "awarenessDelayReason",
  "containment",
  "ongoing",
  "containedAt",
  "facts",
] as const;

export interface ChangedFieldsInput {
  incidentId: string;
  /** The version the person read: a stale one is a conflict, and nothing is overwritten. */
  version: number;
  /** The whole edit form, as the intake names its fields. */
  input: IncidentIntakeInput;
  /** The fields the person changed; only these are sent. */
  changed: readonly string[];
  /** Assumed answers the person gave again: they count as confirmed, even where the value stayed the same. */
  confirmed?: readonly string[];
}

/**
 * Saves the fields the person changed, at the version they read. Sending only the changed fields means
 * "keep mine" never undoes someone else's edit of another field.
 */
export async function saveChangedFields(ctx: ServiceContext, actor: Actor, edit: ChangedFieldsInput): Promise<ServiceResult<IncidentDto>> {
  const { input } = edit;
  const full: Record<(typeof EDITABLE)[number], unknown> = {
    title: input.title,
    description: input.description ?? "",
    occurredAt: input.occurredAt ?? null,
    discoveredAt: input.discoveredAt ?? null,
    awareAt: input.awareAt,
    discoveryMethod: input.discoveryMethod ?? null,
    awarenessDelayReason: input.awarenessDelayReason ?? null,
    containment: input.containment ?? null,
    ongoing: input.ongoing ?? false,
    containedAt: input.containedAt ?? null,
    facts: input.facts ?? {},
  };
  const patch = Object.fromEntries(EDITABLE.filter((field) => edit.changed.includes(field)).map((field) => [field, full[field]]));
  return updateIncident(ctx, actor, {
    incidentId: edit.incidentId,
    version: edit.version,
    ...patch,
    ...(edit.confirmed?.length ? { confirmedFacts: [...edit.confirmed] } : {}),
  });
}
