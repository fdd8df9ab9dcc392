import type { IncidentPatch } from "./incident";

/*
 * The one list of an incident's editable fields: what a patch may set, what a revision snapshots, what an
 * update compares and audits, and what the row's insert and update write (lib/server/incidents/incident-values.ts).
 * Adding a field: docs/ARCHITECTURE.md, "An incident field".
 */
export const EDITABLE_FIELDS = [
  "title",
  "description",
  "occurredAt",
  "discoveredAt",
  "awareAt",
  "timeZone",
  "discoveryMethod",
  "awarenessDelayReason",
  "containment",
  "ongoing",
  "containedAt",
  "facts",
  "regimes",
  "ownerId",
  "dpoId",
  "assumedFacts",
] as const satisfies ReadonlyArray<keyof IncidentPatch>;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** What a patch carries besides the fields: which incident, the version read, and answers confirmed as they are. */
type PatchControl = "incidentId" | "version" | "confirmedFacts";
type Unlisted = Exclude<keyof IncidentPatch, PatchControl | EditableField>;
// Fails to compile, naming the field, when the patch schema gains one this list lacks.
const listsEveryPatchField: [Unlisted] extends [never] ? true : Unlisted = true;
void listsEveryPatchField;

type NotInIntake = "regimes" | "ownerId" | "dpoId";
type NotOnEditForm = NotInIntake | "timeZone" | "assumedFacts";
export type IntakeField = Exclude<EditableField, NotInIntake>;
export type EditFormField = Exclude<EditableField, NotOnEditForm>;

const NOT_IN_INTAKE: ReadonlySet<EditableField> = new Set<NotInIntake>(["regimes", "ownerId", "dpoId"]);
const NOT_ON_EDIT_FORM: ReadonlySet<EditableField> = new Set<NotOnEditForm>([
  ...NOT_IN_INTAKE,
  "timeZone",
  "assumedFacts",
] as NotOnEditForm[]);

/** Set by the intake wizard: all but the people and the regimes (the practice's, until changed on the incident). */
export const INTAKE_FIELDS = EDITABLE_FIELDS.filter((field): field is IntakeField => !NOT_IN_INTAKE.has(field));

/**
 * The fields the incident's edit form holds, as the patch names them; the zone, the assumptions, the regimes
 * and the people are changed elsewhere.
 */
export const EDIT_FORM_FIELDS = EDITABLE_FIELDS.filter((field): field is EditFormField => !NOT_ON_EDIT_FORM.has(field));
