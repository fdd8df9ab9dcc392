import type { IncidentIntakeInput } from "@/lib/schemas/incident";
import { EDIT_FORM_FIELDS } from "@/lib/schemas/incident-fields";
import type { Actor } from "@/lib/server/actor";
import type { ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import type { IncidentDto } from "@/lib/server/incidents/incident-dto";
import { intakeFieldsOf } from "@/lib/server/incidents/draft-patch";
import { updateIncident } from "@/lib/server/incidents/update-incident";

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
  // As before this list was shared: the edit form's unanswered "still going on?" is saved as "no".
  const full = { ...intakeFieldsOf(input), ongoing: input.ongoing ?? false };
  const patch = Object.fromEntries(EDIT_FORM_FIELDS.filter((field) => edit.changed.includes(field)).map((field) => [field, full[field]]));
  return updateIncident(ctx, actor, {
    incidentId: edit.incidentId,
    version: edit.version,
    ...patch,
    ...(edit.confirmed?.length ? { confirmedFacts: [...edit.confirmed] } : {}),
  });
}
