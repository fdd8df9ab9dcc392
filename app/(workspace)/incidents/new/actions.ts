"use server";

import { redirect } from "next/navigation";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentCreateSchema, type IncidentIntakeInput } from "@/lib/schemas/incident";
import { failureState, fieldMap, type FormState } from "@/lib/server/actions/form-state";
import { currentActor } from "@/lib/server/auth/current-actor";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { draftPatchOf } from "@/lib/server/incidents/draft-patch";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import type { ServiceResult } from "@/lib/server/result";
import { defaultContext } from "@/lib/server/service-context";

/** The draft being written: none yet, or the one created by the first autosave. */
export interface DraftRef {
  id: string | null;
  version: number | null;
}

export type DraftSaved = { id: string; version: number; savedAt: string };

const signedOut = {
  status: "error",
  message: "Your session has ended: sign in again. What you typed is still in this page.",
  fields: {},
} as const;
const alreadyReported = { status: "error", message: "This incident was already reported: continue on its page.", fields: {} } as const;

/** The service refuses to restate assumed answers once the draft is reported (by another tab, say). */
const reportedMeanwhile = (result: ServiceResult<unknown>) =>
  !result.ok && result.error === "invalid" && result.fields.some((field) => field.field === "assumedFacts");

/** Autosave: the first save creates the draft incident, later ones update it at the version last saved. */
export async function saveDraftAction(draft: DraftRef, input: IncidentIntakeInput): Promise<FormState<DraftSaved>> {
  const actor = await currentActor();
  if (!actor) return signedOut;
  const ctx = await defaultContext();
  const asDraft = { ...input, submit: false } as IncidentIntakeInput;
  const result =
    draft.id && draft.version
      ? await updateIncident(ctx, actor, draftPatchOf({ id: draft.id, version: draft.version }, asDraft))
      : await createIncident(ctx, actor, asDraft);
  if (reportedMeanwhile(result)) return alreadyReported;
  if (!result.ok) return failureState(result);
  if (result.value.state !== "draft") return alreadyReported;
  return { status: "done", value: { id: result.value.id, version: result.value.version, savedAt: result.value.updatedAt } };
}

/**
 * Reports the incident: creates it reported, or completes the autosaved draft and reports it. The complete
 * facts are checked first, with the same schema as the form, so every missing answer is named at once.
 */
export async function submitIntakeAction(draft: DraftRef, input: IncidentIntakeInput): Promise<FormState<DraftSaved>> {
  const actor = await currentActor();
  if (!actor) return signedOut;
  const ctx = await defaultContext();
  const strict = incidentCreateSchema(ctx.now()).safeParse({ ...input, submit: true });
  if (!strict.success) {
    return {
      status: "error",
      message: "Some answers need attention before the report can be sent.",
      fields: fieldMap(toFieldErrors(strict.error)),
    };
  }
  let id: string;
  if (draft.id && draft.version) {
    const saved = await updateIncident(ctx, actor, draftPatchOf({ id: draft.id, version: draft.version }, input));
    if (reportedMeanwhile(saved)) return alreadyReported;
    if (!saved.ok) return failureState(saved);
    const reported = await changeIncidentState(ctx, actor, { incidentId: draft.id, to: "reported", version: saved.value.version });
    if (!reported.ok) return failureState(reported);
    id = reported.value.id;
  } else {
    const created = await createIncident(ctx, actor, { ...input, submit: true } as IncidentIntakeInput);
    if (!created.ok) return failureState(created);
    id = created.value.id;
  }
  redirect(`/incidents/${id}?reported=1`);
}
