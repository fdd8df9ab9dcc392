import type { IncidentIntake, IncidentIntakeInput, IncidentPatch, IncidentPatchInput } from "@/lib/schemas/incident";
import { INTAKE_FIELDS, type IntakeField } from "@/lib/schemas/incident-fields";

/**
 * The editable part of the intake, as a patch of its draft. The wizard restates which pre-filled answers are
 * still untouched, since a draft saved before a detail was complete could not hold it as assumed yet. Every
 * field is sent, an unanswered one as null, so a draft saved again is exactly what the form holds.
 */
export function draftPatchOf(draft: { id: string; version: number }, input: IncidentIntakeInput): IncidentPatchInput {
  return { incidentId: draft.id, version: draft.version, ...intakeFieldsOf(input) };
}

/** The same for an intake its edge has parsed already (the report checks the complete facts first). */
export function parsedDraftPatchOf(draft: { id: string; version: number }, intake: IncidentIntake): IncidentPatch {
  return { incidentId: draft.id, version: draft.version, ...(intakeFieldsOf(intake) as Pick<IncidentPatch, IntakeField>) };
}

/**
 * What an unanswered field is saved as: null, except where the incident holds an empty value instead, and
 * the fields every intake has (left to the schema to name when missing).
 */
const UNANSWERED: Partial<Record<IntakeField, unknown>> = {
  description: "",
  facts: {},
  assumedFacts: [],
  title: undefined,
  awareAt: undefined,
  timeZone: undefined,
};
const unanswered = (field: IntakeField) => (field in UNANSWERED ? UNANSWERED[field] : null);

/** The intake's editable fields as a patch names them, every one present, an unanswered one as empty. */
export function intakeFieldsOf(input: IncidentIntakeInput | IncidentIntake): Pick<IncidentPatchInput, IntakeField> {
  const given = input as Partial<Record<IntakeField, unknown>>;
  return Object.fromEntries(INTAKE_FIELDS.map((field) => [field, given[field] ?? unanswered(field)])) as Pick<
    IncidentPatchInput,
    IntakeField
  >;
}
