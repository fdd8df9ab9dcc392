import { concernsStaffOnly } from "@/lib/domain/notification/consequences";
import type { BreachFactsDraft } from "@/lib/domain/notification/types";

/*
 * Practical advice for the people affected (EDPB guidance: the communication should say what they can do).
 * Chosen from the facts: each kind of data exposed calls for its own precaution. The order is fixed so the
 * most urgent step (passwords) comes first.
 */
export const ADVICE_CODES = [
  "change_password",
  "watch_phishing",
  "watch_bank_statements",
  "identity_fraud",
  "health_information",
  "continuity_of_care",
] as const;

export type AdviceCode = (typeof ADVICE_CODES)[number];

export function chooseAdvice(facts: BreachFactsDraft | null | undefined): AdviceCode[] {
  const categories = facts?.dataCategories ?? [];
  const types = facts?.breachTypes ?? [];
  const chosen = new Set<AdviceCode>();
  // Exposure advice only makes sense when data may have been seen by others.
  if (types.includes("confidentiality")) {
    if (categories.includes("credentials")) chosen.add("change_password");
    if (categories.includes("contact") || categories.includes("identification")) chosen.add("watch_phishing");
    if (categories.includes("financial")) chosen.add("watch_bank_statements");
    if (categories.includes("official_id")) chosen.add("identity_fraud");
    if (categories.includes("health") || categories.includes("medical_images") || categories.includes("genetic")) {
      chosen.add("health_information");
    }
  }
  // Appointments and prescriptions concern patients: staff data (employees, applicants) calls for no such step.
  if ((types.includes("availability") || types.includes("integrity")) && !concernsStaffOnly(facts)) chosen.add("continuity_of_care");
  return ADVICE_CODES.filter((code) => chosen.has(code));
}
