import type { DataCategory, SubjectCategory } from "@/lib/schemas/breach-facts";
import type { ConsequenceCode } from "./consequences";

/*
 * Breachdesk's categories (docs/INTERFACES.md section 3) onto the predefined options of the EDPB template questions.
 * Where the template is finer than our facts (it splits payment details from other financial data, and
 * identification numbers from copies of official documents), we pick the nearest option: our official_id is
 * "national id, passport, social security number" (docs/INTERFACES.md), hence identification_numbers. Where ours is
 * finer (job applicants), several of ours share one option. Medical images are health data, hence
 * medical_images -> health; ordinary photos have no option of their own, hence images -> other.
 */
export const SUBJECT_OPTION: Record<SubjectCategory, string> = {
  patients: "patients",
  children: "minors",
  employees: "employees",
  job_applicants: "employees",
  customers: "customers",
  students: "students",
  vulnerable_adults: "vulnerable",
  other: "other",
};

export const DATA_OPTION: Record<DataCategory, string> = {
  identification: "basic",
  contact: "contact",
  credentials: "credentials",
  financial: "financial",
  official_id: "identification_numbers",
  location: "location",
  behavioural: "profile",
  communications: "other",
  images: "other",
  medical_images: "health",
  health: "health",
  genetic: "genetic",
  biometric: "biometric",
  racial_ethnic: "racial_ethnic",
  political: "political",
  religious: "religious",
  trade_union: "trade_union",
  sex_life: "sex_life",
  criminal: "criminal",
};

export const IMPACT_OPTIONS: Record<ConsequenceCode, string[]> = {
  loss_of_confidentiality_health: ["professional_secrecy"],
  disclosure_of_sensitive_data: ["unauthorised_disclosure"],
  identity_fraud: ["identity_theft"],
  phishing_and_impersonation: ["fraud"],
  account_takeover: ["fraud", "loss_of_control"],
  financial_loss: ["financial_loss"],
  discrimination_or_reputation: ["discrimination", "reputation"],
  distress: ["loss_of_control"],
  disrupted_care: ["physical_or_mental_harm"],
  incorrect_records: ["physical_or_mental_harm"],
  permanent_data_loss: ["loss_of_control"],
};
