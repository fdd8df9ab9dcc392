import { isAnswered } from "@/lib/schemas/assumed-facts";
import type { FieldError } from "@/lib/schemas/field-errors";
import type { BreachFactsDraft, IncidentIntakeInput, IncidentPatch } from "@/lib/schemas/incident";
import type { EditFormField } from "@/lib/schemas/incident-fields";
import { CAUTIOUS_FACTS, DEFAULT_SUBJECT_CATEGORIES, PREFILLED_PATHS } from "@/components/incidents/intake/intake-prefilled";
import { isoToLocalInput, localInputToIso } from "@/components/incidents/local-time";

/*
 * The intake form's values: what the inputs hold (text, datetime-local, "true"/"false" radios). Field names
 * follow the incident input (facts.subjects.count), so a schema error lands on the input that caused it.
 * The fields are those of the edit form in the one field list (lib/schemas/incident-fields.ts), each held as
 * its input holds it, so a field added there is missing here until the form has it (docs/ARCHITECTURE.md).
 */

/** A yes/no question's radios: "" while unanswered. */
type YesNo = "" | "true" | "false";

/** An answer as its input holds it: a list as its ticked values, a group as its own inputs, the rest as text. */
type FactInput<T> =
  NonNullable<T> extends readonly unknown[]
    ? string[]
    : NonNullable<T> extends Record<string, unknown>
      ? { [K in keyof NonNullable<T>]-?: FactInput<NonNullable<T>[K]> }
      : string;

/** The facts' inputs; "" while unanswered (scope: the data is about living people unless the manager says otherwise). */
type FactsValues = FactInput<BreachFactsDraft>;

/** The edit form's fields as their inputs hold them: yes/no as radios, times as datetime-local, the rest as text. */
type FieldValues = {
  [F in EditFormField]: F extends "facts" ? FactsValues : [NonNullable<IncidentPatch[F]>] extends [boolean] ? YesNo : string;
};

export interface IntakeFormValues extends FieldValues {
  /** The practice's slug (the intake picks it; the edit form shows it). */
  organization: string;
  /** Pre-filled answers nobody has touched yet (no input of its own: use-assumed-answers.ts keeps it). */
  assumedFacts: string[];
}

export const TIME_FIELDS = ["occurredAt", "discoveredAt", "awareAt", "containedAt"] as const;
export type TimeField = (typeof TIME_FIELDS)[number];

export function emptyIntakeValues(organization = ""): IntakeFormValues {
  return {
    organization,
    title: "",
    description: "",
    occurredAt: "",
    discoveredAt: "",
    awareAt: "",
    awarenessDelayReason: "",
    discoveryMethod: "",
    containment: "",
    ongoing: "",
    containedAt: "",
    facts: {
      scope: "",
      role: "",
      breachTypes: [],
      cause: "",
      dataCategories: [],
      subjects: { count: "", categories: [] },
      records: "",
      identifiability: "",
      encryption: "",
      confidentiality: { recipients: "", exfiltration: "", access: "", recipientCouldHarm: "" },
      availability: { backup: "", restoredWithinHours: "", permanentLoss: "", careDisrupted: "" },
      integrity: { recoverable: "", usedBeforeCorrection: "" },
      mitigation: { dataRetrievedOrDeleted: "", highRiskNoLongerLikely: "", individualContactDisproportionate: "" },
    },
    assumedFacts: [],
  };
}

/**
 * A new report as the wizard opens it (issue #5): discovery and awareness at the minute the form was opened,
 * in the practice's zone, and the cautious answers of intake-prefilled.ts. The manager sees and can change all
 * of them; only what nobody but she can know (what happened, to whom, how many) starts empty.
 */
export function newIntakeValues(organization: string, timeZone: string, now: Date): IntakeFormValues {
  const values = emptyIntakeValues(organization);
  const opened = isoToLocalInput(now.toISOString(), timeZone);
  const facts = values.facts;
  return {
    ...values,
    discoveredAt: opened,
    awareAt: opened,
    facts: {
      ...facts,
      role: CAUTIOUS_FACTS.role,
      identifiability: CAUTIOUS_FACTS.identifiability,
      encryption: CAUTIOUS_FACTS.encryption,
      subjects: { ...facts.subjects, categories: [...DEFAULT_SUBJECT_CATEGORIES] },
      confidentiality: {
        ...facts.confidentiality,
        exfiltration: CAUTIOUS_FACTS["confidentiality.exfiltration"],
        access: CAUTIOUS_FACTS["confidentiality.access"],
      },
      mitigation: {
        dataRetrievedOrDeleted: CAUTIOUS_FACTS["mitigation.dataRetrievedOrDeleted"],
        highRiskNoLongerLikely: CAUTIOUS_FACTS["mitigation.highRiskNoLongerLikely"],
        individualContactDisproportionate: CAUTIOUS_FACTS["mitigation.individualContactDisproportionate"],
      },
    },
    assumedFacts: [...PREFILLED_PATHS],
  };
}

/** Text left empty is "not known yet". */
const text = (value: string | undefined) => (value?.trim() ? value : undefined);
const list = (value: string[] | string | undefined | false) => (Array.isArray(value) ? value : value ? [value] : []);

/** "" is unanswered; a number-looking text becomes a number; anything else stays text, so the schema names it. */
function count(value: string | undefined): number | string | undefined {
  const trimmed = (value ?? "").trim();
  if (!trimmed) return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

function yesNo(value: string | undefined): boolean | undefined {
  return value === "true" ? true : value === "false" ? false : undefined;
}

/** Drops keys whose value is undefined, so a draft carries only what was answered. */
function defined<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * A kind of breach's details: a report sends them for the kinds chosen, whole (the schema names what is
 * missing); a draft keeps every detail answered so far, chosen kind or not, so it comes back exactly as left.
 */
function details<T extends Record<string, unknown>>(object: T, applies: boolean, draft: boolean): Partial<T> | null | undefined {
  if (!draft) return applies ? defined(object) : null;
  const answered = defined(object);
  return Object.keys(answered).length > 0 ? answered : undefined;
}

export function factsFromValues(facts: IntakeFormValues["facts"], draft = false): BreachFactsDraft {
  const types = list(facts.breachTypes);
  const applies = (type: string) => types.includes(type);
  const restored = count(facts.availability.restoredWithinHours);
  const subjects = defined({ count: count(facts.subjects.count), categories: list(facts.subjects.categories) });
  const answered = defined({
    scope: text(facts.scope),
    role: text(facts.role),
    // "At least one" holds for drafts too, so an unanswered question is left out of a draft.
    breachTypes: types.length > 0 || !draft ? types : undefined,
    cause: text(facts.cause),
    dataCategories: list(facts.dataCategories),
    subjects,
    records: count(facts.records) ?? null,
    identifiability: text(facts.identifiability),
    encryption: text(facts.encryption),
    // The optional details (access, a reader who could harm, care disrupted, used before correction) are left
    // out while unanswered, which the assessment reads as "not known".
    confidentiality: details(
      {
        recipients: text(facts.confidentiality.recipients),
        exfiltration: text(facts.confidentiality.exfiltration),
        access: text(facts.confidentiality.access),
        recipientCouldHarm: yesNo(facts.confidentiality.recipientCouldHarm),
      },
      applies("confidentiality"),
      draft,
    ),
    availability: details(
      {
        backup: yesNo(facts.availability.backup),
        // A report says "not restored" with null; a draft leaves an unanswered question out.
        restoredWithinHours: draft ? restored : (restored ?? null),
        permanentLoss: yesNo(facts.availability.permanentLoss),
        careDisrupted: yesNo(facts.availability.careDisrupted),
      },
      applies("availability"),
      draft,
    ),
    integrity: details(
      { recoverable: yesNo(facts.integrity.recoverable), usedBeforeCorrection: yesNo(facts.integrity.usedBeforeCorrection) },
      applies("integrity"),
      draft,
    ),
    mitigation: defined({
      dataRetrievedOrDeleted: yesNo(facts.mitigation.dataRetrievedOrDeleted),
      highRiskNoLongerLikely: yesNo(facts.mitigation.highRiskNoLongerLikely),
      individualContactDisproportionate: yesNo(facts.mitigation.individualContactDisproportionate),
    }),
  });
  // Not-yet-valid values (text in a count) are passed on as they are: the schema names the field.
  return answered as BreachFactsDraft;
}

export interface ConvertedIntake {
  input: IncidentIntakeInput;
  /** Local times that could not be read in the practice's zone, named by field. */
  problems: FieldError[];
}

/** The form's values as the incident input the schema, the action and the service all check. */
export function intakeFromValues(values: IntakeFormValues, timeZone: string, submit: boolean): ConvertedIntake {
  const problems: FieldError[] = [];
  const times: Partial<Record<TimeField, string | null>> = {};
  for (const field of TIME_FIELDS) {
    const result = localInputToIso(values[field], timeZone);
    if (result.ok) times[field] = result.iso;
    else {
      problems.push({ field, problem: result.problem });
      times[field] = null;
    }
  }
  const input = {
    ...(values.organization ? { organization: values.organization } : {}),
    submit,
    title: values.title,
    description: values.description,
    occurredAt: times.occurredAt ?? null,
    discoveredAt: times.discoveredAt ?? null,
    // A missing awareness time is left out, so the schema says "is required" for it.
    ...(times.awareAt ? { awareAt: times.awareAt } : {}),
    timeZone,
    discoveryMethod: text(values.discoveryMethod) ?? null,
    awarenessDelayReason: text(values.awarenessDelayReason) ?? null,
    containment: text(values.containment) ?? null,
    ongoing: yesNo(values.ongoing) ?? null,
    containedAt: times.containedAt ?? null,
    facts: factsFromValues(values.facts, !submit),
  } as IncidentIntakeInput;
  // Only answers actually sent can be assumed (a draft leaves out half-answered details).
  const assumed = (values.assumedFacts ?? []).filter((path) => isAnswered(input as Record<string, unknown>, path));
  return { input: { ...input, assumedFacts: assumed }, problems };
}

const answer = (value: boolean | undefined | null) => (value === true ? "true" : value === false ? "false" : "");
const number = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** An incident (a saved draft, or the one being edited) back into the form's values. */
export function valuesFromIncident(incident: {
  organization: { slug: string };
  title: string;
  description: string;
  occurredAt: string | null;
  discoveredAt: string | null;
  awareAt: string;
  timeZone: string;
  awarenessDelayReason: string | null;
  discoveryMethod: string | null;
  containment: string | null;
  ongoing: boolean | null;
  containedAt: string | null;
  facts: BreachFactsDraft;
  assumedFacts?: readonly string[];
}): IntakeFormValues {
  const facts = incident.facts;
  const zone = incident.timeZone;
  return {
    organization: incident.organization.slug,
    title: incident.title,
    description: incident.description,
    occurredAt: isoToLocalInput(incident.occurredAt, zone),
    discoveredAt: isoToLocalInput(incident.discoveredAt, zone),
    awareAt: isoToLocalInput(incident.awareAt, zone),
    awarenessDelayReason: incident.awarenessDelayReason ?? "",
    discoveryMethod: incident.discoveryMethod ?? "",
    containment: incident.containment ?? "",
    ongoing: answer(incident.ongoing),
    containedAt: isoToLocalInput(incident.containedAt, zone),
    facts: {
      scope: facts.scope ?? "",
      role: facts.role ?? "",
      breachTypes: [...(facts.breachTypes ?? [])],
      cause: facts.cause ?? "",
      dataCategories: [...(facts.dataCategories ?? [])],
      subjects: { count: number(facts.subjects?.count), categories: [...(facts.subjects?.categories ?? [])] },
      records: number(facts.records),
      identifiability: facts.identifiability ?? "",
      encryption: facts.encryption ?? "",
      confidentiality: {
        recipients: facts.confidentiality?.recipients ?? "",
        exfiltration: facts.confidentiality?.exfiltration ?? "",
        access: facts.confidentiality?.access ?? "",
        recipientCouldHarm: answer(facts.confidentiality?.recipientCouldHarm),
      },
      availability: {
        backup: answer(facts.availability?.backup),
        restoredWithinHours: number(facts.availability?.restoredWithinHours),
        permanentLoss: answer(facts.availability?.permanentLoss),
        careDisrupted: answer(facts.availability?.careDisrupted),
      },
      integrity: { recoverable: answer(facts.integrity?.recoverable), usedBeforeCorrection: answer(facts.integrity?.usedBeforeCorrection) },
      mitigation: {
        dataRetrievedOrDeleted: answer(facts.mitigation?.dataRetrievedOrDeleted),
        highRiskNoLongerLikely: answer(facts.mitigation?.highRiskNoLongerLikely),
        individualContactDisproportionate: answer(facts.mitigation?.individualContactDisproportionate),
      },
    },
    assumedFacts: [...(incident.assumedFacts ?? [])],
  };
}
