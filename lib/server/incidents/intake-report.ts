import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentCreateSchema, type IncidentIntakeInput } from "@/lib/schemas/incident";
import type { Actor } from "@/lib/server/actor";
import { conflict, invalid, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident, createIncidentParsed } from "@/lib/server/incidents/create-incident";
import { draftPatchOf, parsedDraftPatchOf } from "@/lib/server/incidents/draft-patch";
import type { IncidentDto } from "@/lib/server/incidents/incident-dto";
import { updateIncident, updateIncidentParsed } from "@/lib/server/incidents/update-incident";

/*
 * The intake wizard's two steps on one incident: autosave (the first save creates the draft, later ones update
 * it at the version last saved) and report (create it reported, or complete the draft and report it).
 */

/** The draft being written: none yet, or the one created by the first autosave. */
export interface DraftRef {
  id: string | null;
  version: number | null;
}

const ALREADY_REPORTED = "This incident was already reported: continue on its page.";

/** The service refuses to restate assumed answers once the draft is reported (by another tab, say). */
const reportedMeanwhile = (result: ServiceResult<unknown>) =>
  !result.ok && result.error === "invalid" && result.fields.some((field) => field.field === "assumedFacts");

/** Saves the wizard's answers as a draft; a draft reported meanwhile is a conflict that says so. */
export async function saveIntakeDraft(
  ctx: ServiceContext,
  actor: Actor,
  draft: DraftRef,
  input: IncidentIntakeInput,
): Promise<ServiceResult<IncidentDto>> {
  const asDraft: IncidentIntakeInput = { ...input, submit: false };
  const result =
    draft.id && draft.version
      ? await updateIncident(ctx, actor, draftPatchOf({ id: draft.id, version: draft.version }, asDraft))
      : await createIncident(ctx, actor, asDraft);
  if (reportedMeanwhile(result)) return conflict(ALREADY_REPORTED);
  if (result.ok && result.value.state !== "draft") return conflict(ALREADY_REPORTED);
  return result;
}

/**
 * Reports the incident. The complete facts are checked first, with the same schema as the form, so every
 * missing answer is named at once before anything is saved; the services then take that parsed intake
 * instead of judging it again (one parse per entry, docs/ARCHITECTURE.md "How a request travels").
 */
export async function reportIntake(
  ctx: ServiceContext,
  actor: Actor,
  draft: DraftRef,
  input: IncidentIntakeInput,
): Promise<ServiceResult<IncidentDto>> {
  const strict = incidentCreateSchema(ctx.now()).safeParse({ ...input, submit: true });
  if (!strict.success) return invalid(toFieldErrors(strict.error));
  if (!draft.id || !draft.version) return createIncidentParsed(ctx, actor, strict.data);
  const saved = await updateIncidentParsed(ctx, actor, parsedDraftPatchOf({ id: draft.id, version: draft.version }, strict.data));
  if (reportedMeanwhile(saved)) return conflict(ALREADY_REPORTED);
  if (!saved.ok) return saved;
  return changeIncidentState(ctx, actor, { incidentId: draft.id, to: "reported", version: saved.value.version });
}
