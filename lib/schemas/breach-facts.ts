import { z } from "zod";

/*
 * The breach facts of docs/INTERFACES.md section 3: the `facts` of an incident in the API and the input
 * of `breachdesk assess`. One schema, used by the intake form, the server actions, the API and the CLI.
 * Messages are written for people ("must be 0 or more"), because they reach the form and the CLI as they are.
 */

export const ROLES = ["controller", "processor"] as const;
/**
 * Whether the facts concern personal data at all: data about deceased people only (GDPR Recital 27) or no real
 * person (synthetic test data) is not a personal-data breach. Absent means "personal_data".
 */
export const SCOPES = ["personal_data", "deceased_only", "no_personal_data"] as const;
export const BREACH_TYPES = ["confidentiality", "integrity", "availability"] as const;
export const CAUSES = ["malicious", "accidental", "unknown"] as const;

/** Art. 9 special categories and Art. 10 criminal data: they weigh heavily in every assessment. */
export const SPECIAL_DATA_CATEGORIES = [
  "health",
  "genetic",
  "biometric",
  "racial_ethnic",
  "political",
  "religious",
  "trade_union",
  "sex_life",
  "criminal",
  /** X-rays, scans, clinical photographs: health data (Art. 4(15)), kept apart from ordinary photos. */
  "medical_images",
] as const;

export const ORDINARY_DATA_CATEGORIES = [
  "identification",
  "contact",
  "credentials",
  "financial",
  "official_id",
  "location",
  "behavioural",
  "communications",
  "images",
] as const;

export const DATA_CATEGORIES = [...ORDINARY_DATA_CATEGORIES, ...SPECIAL_DATA_CATEGORIES] as const;

export const SUBJECT_CATEGORIES = [
  "patients",
  "children",
  "employees",
  "customers",
  "job_applicants",
  "students",
  "vulnerable_adults",
  "other",
] as const;

export const IDENTIFIABILITY = ["direct", "indirect", "pseudonymised"] as const;
export const ENCRYPTION = ["none", "weak", "state_of_the_art"] as const;
export const RECIPIENTS = ["public", "unknown", "known_untrusted", "known_trusted"] as const;
/** Whether the data was copied or taken away. */
export const EXFILTRATION = ["confirmed", "unknown", "ruled_out"] as const;
/** Whether someone not entitled saw, opened or could read the data: access is disclosure (Art. 4(12)). */
export const ACCESS = ["confirmed", "unknown", "ruled_out"] as const;

/** "is required" when the field is missing, else the given problem: people get told which of the two it is. */
const requiredOr = (problem: string) => (issue: { input: unknown }) => (issue.input === undefined ? "is required" : problem);

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: requiredOr(`must be one of: ${values.join(", ")}`) });

const distinctList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(oneOf(values), { error: requiredOr("must be a list") })
    .refine((list) => new Set(list).size === list.length, { message: "lists the same value twice" });

const count = z
  .number({ error: requiredOr("must be a number") })
  .int({ error: "must be a whole number" })
  .min(0, { error: "must be 0 or more" });

const optionalFlag = z.boolean({ error: "must be true or false" }).optional();

export const confidentialityFactsSchema = z.strictObject(
  {
    recipients: oneOf(RECIPIENTS),
    /** Copied or taken away. */
    exfiltration: oneOf(EXFILTRATION),
    /** Seen, opened or readable by someone not entitled; absent means not known ("unknown"). */
    access: oneOf(ACCESS).optional(),
    /** The recipient knows the people and could harm them: employer, family, neighbour, insurer (Recital 85). */
    recipientCouldHarm: optionalFlag,
  },
  { error: requiredOr("must be an object") },
);

export const availabilityFactsSchema = z.strictObject(
  {
    backup: z.boolean({ error: requiredOr("must be true or false") }),
    restoredWithinHours: z.number({ error: "must be a number of hours or null" }).min(0, { error: "must be 0 or more" }).nullable(),
    permanentLoss: z.boolean({ error: requiredOr("must be true or false") }),
    /** Care was actually disrupted (appointments cancelled, treatment delayed); absent or null: not known yet. */
    careDisrupted: z.boolean({ error: "must be true, false or null" }).nullable().optional(),
  },
  { error: requiredOr("must be an object") },
);

export const integrityFactsSchema = z.strictObject(
  {
    recoverable: z.boolean({ error: requiredOr("must be true or false") }),
    /** Decisions or treatment were based on the altered data before it was corrected. */
    usedBeforeCorrection: optionalFlag,
  },
  { error: requiredOr("must be an object") },
);

export const mitigationFactsSchema = z.strictObject(
  {
    dataRetrievedOrDeleted: z.boolean({ error: requiredOr("must be true or false") }),
    highRiskNoLongerLikely: z.boolean({ error: requiredOr("must be true or false") }),
    individualContactDisproportionate: z.boolean({ error: requiredOr("must be true or false") }),
  },
  { error: requiredOr("must be an object") },
);

export const breachFactsSchema = z
  .strictObject({
    scope: oneOf(SCOPES).optional(),
    role: oneOf(ROLES),
    breachTypes: distinctList(BREACH_TYPES).min(1, { error: "needs at least one breach type" }),
    cause: oneOf(CAUSES),
    dataCategories: distinctList(DATA_CATEGORIES),
    subjects: z.strictObject(
      {
        count,
        categories: distinctList(SUBJECT_CATEGORIES),
      },
      { error: requiredOr("must be an object with count and categories") },
    ),
    records: count.nullable().optional(),
    identifiability: oneOf(IDENTIFIABILITY),
    encryption: oneOf(ENCRYPTION),
    confidentiality: confidentialityFactsSchema.nullable().optional(),
    availability: availabilityFactsSchema.nullable().optional(),
    integrity: integrityFactsSchema.nullable().optional(),
    mitigation: mitigationFactsSchema,
  })
  .superRefine((facts, ctx) => {
    // Each breach type needs its own details, so the assessment never guesses them.
    for (const type of facts.breachTypes) {
      if (facts[type] == null) {
        ctx.addIssue({ code: "custom", path: [type], message: `is required when breachTypes includes "${type}"` });
      }
    }
  });

export type BreachFacts = z.infer<typeof breachFactsSchema>;
export type DataCategory = (typeof DATA_CATEGORIES)[number];
export type SubjectCategory = (typeof SUBJECT_CATEGORIES)[number];
export type BreachType = (typeof BREACH_TYPES)[number];

export function isSpecialCategory(category: DataCategory): boolean {
  return (SPECIAL_DATA_CATEGORIES as readonly string[]).includes(category);
}
