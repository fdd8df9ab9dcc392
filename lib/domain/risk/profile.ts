import { isSpecialCategory, type BreachFacts, type BreachType, type DataCategory, type SubjectCategory } from "@/lib/schemas/breach-facts";

/** From this many people on, a breach counts as large-scale (GDPR Recital 75: "a large number of data subjects"). */
export const LARGE_SCALE_SUBJECTS = 1000;
/** Access restored within this many hours counts as "restored quickly" (EDPB 01/2021 Case No. 01: a few hours). */
export const QUICK_RESTORE_HOURS = 24;

/** Data that enables fraud or identity theft (GDPR Recital 85). */
const IDENTITY_OR_FINANCIAL: readonly DataCategory[] = ["financial", "official_id"];
/** Data that reveals private life: messages, movements, habits. */
const PRIVATE_LIFE: readonly DataCategory[] = ["communications", "location", "behavioural"];
/** People who need particular protection (GDPR Recitals 38 and 75). */
const VULNERABLE: readonly SubjectCategory[] = ["children", "vulnerable_adults"];
/** Health data in any form: medical images are health data too (Art. 4(15)). */
const HEALTH: readonly DataCategory[] = ["health", "medical_images"];

/** The facts read once into the questions every rule asks. */
export interface BreachProfile {
  types: ReadonlySet<BreachType>;
  categories: readonly DataCategory[];
  special: DataCategory[];
  identityOrFinancial: DataCategory[];
  credentials: boolean;
  privateLife: DataCategory[];
  noCategories: boolean;
  patients: boolean;
  vulnerable: SubjectCategory[];
  /**
   * Patients or people who need particular protection. A medical practice's children and vulnerable adults
   * are in its care too, and must never weigh less than adult patients (Recitals 38 and 75), so every rule
   * that looks at patients looks at this.
   */
  inCare: boolean;
  subjectCount: number;
  largeScale: boolean;
  /** Health data of people in care: losing access to it, or altering it, can harm care itself. */
  careCritical: boolean;
}

export function profileOf(facts: BreachFacts): BreachProfile {
  const categories = facts.dataCategories;
  const subjects = facts.subjects.categories;
  const patients = subjects.includes("patients");
  const vulnerable = subjects.filter((s) => VULNERABLE.includes(s));
  const inCare = patients || vulnerable.length > 0;
  return {
    types: new Set(facts.breachTypes),
    categories,
    special: categories.filter(isSpecialCategory),
    identityOrFinancial: categories.filter((c) => IDENTITY_OR_FINANCIAL.includes(c)),
    credentials: categories.includes("credentials"),
    privateLife: categories.filter((c) => PRIVATE_LIFE.includes(c)),
    noCategories: categories.length === 0,
    patients,
    vulnerable,
    inCare,
    subjectCount: facts.subjects.count,
    largeScale: facts.subjects.count >= LARGE_SCALE_SUBJECTS,
    careCritical: inCare && categories.some((c) => HEALTH.includes(c)),
  };
}

/** 5300 -> "5,300", for explanations (no locale data needed). */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "health, genetic" - lists for explanations. */
export function listed(values: readonly string[]): string {
  return values.map((v) => v.replace(/_/g, " ")).join(", ");
}
