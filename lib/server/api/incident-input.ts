import type { IncidentIntakeInput, IncidentPatchInput } from "@/lib/schemas/incident";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import { isJsonObject } from "./json-object";

/*
 * The API's incident bodies mapped onto the shared schemas' inputs. The schemas judge every field; this
 * only decides what the API means by an absent `submit` and where the incident's id comes from.
 */

const notAnObject = invalid([{ field: "body", problem: "must be a JSON object" }]);

/**
 * POST /incidents. Integrations send what they know: without `submit`, the incident is reported (state
 * "reported"), so its facts must be complete (docs/INTERFACES.md section 3). `"submit": false` saves a draft,
 * where facts may be partial but what is there must still be right.
 */
export function intakeFromApi(body: unknown): ServiceResult<IncidentIntakeInput> {
  if (!isJsonObject(body)) return notAnObject;
  return ok({ ...body, submit: body.submit ?? true } as IncidentIntakeInput);
}

/** PATCH /incidents/{id}: the id is the URL's, whatever the body says. */
export function patchFromApi(body: unknown, incidentId: string): ServiceResult<IncidentPatchInput> {
  if (!isJsonObject(body)) return notAnObject;
  return ok({ ...body, incidentId } as IncidentPatchInput);
}
