import { FACT_QUESTIONS, type FactQuestion } from "@/lib/domain/risk/questions";

/*
 * The incident's fields in the practice manager's words: the labels of the inputs, the names in error
 * messages ("When you became aware: must not be in the future") and in the conflict panel.
 */
export const FIELD_LABELS: Record<string, string> = {
  organization: "Practice",
  title: "A short title",
  description: "What happened, in your own words",
  occurredAt: "When it happened (or began)",
  discoveredAt: "When it was discovered",
  awareAt: "When you became aware it involved personal data",
  awarenessDelayReason: "Why awareness came later than discovery",
  discoveryMethod: "How it was discovered",
  containment: "What has been done to contain it",
  ongoing: "Is it still going on?",
  containedAt: "When it was contained",
  timeZone: "Time zone",
  regimes: "Laws that apply",
  ownerId: "Owner",
  dpoId: "DPO",
  facts: "Breach facts",
  assumedFacts: "Answers assumed, not confirmed",
  confirmedFacts: "Answers confirmed",
  notificationDetails: "Notification details (on the notification page)",
  note: "Reason",
  to: "Next step",
  decision: "The risk assessment decision",
  "facts.scope": "Whether the people are alive",
  "facts.role": "Whose data it is",
  "facts.breachTypes": "What happened to the data",
  "facts.cause": "Accident or on purpose",
  "facts.dataCategories": "Kinds of information involved",
  "facts.subjects.count": "About how many people",
  "facts.subjects.categories": "Who the people are",
  "facts.records": "About how many records",
  "facts.identifiability": "Could someone tell who they are",
  "facts.encryption": "Encryption",
  "facts.confidentiality": "Who could have seen it",
  "facts.confidentiality.recipients": "Who could have seen it",
  "facts.confidentiality.exfiltration": "Was data taken or copied",
  "facts.confidentiality.access": "Could anyone have seen or opened it",
  "facts.confidentiality.recipientCouldHarm": "Whether the reader knows the patients",
  "facts.availability": "Loss of access",
  "facts.availability.backup": "Working backup",
  "facts.availability.restoredWithinHours": "Hours to get the data back",
  "facts.availability.permanentLoss": "Data lost for good",
  "facts.availability.careDisrupted": "Appointments or treatment affected",
  "facts.integrity": "Changed data",
  "facts.integrity.recoverable": "Correct version recoverable",
  "facts.integrity.usedBeforeCorrection": "Decisions or treatment based on wrong data",
  "facts.mitigation.dataRetrievedOrDeleted": "Data retrieved or deleted",
  "facts.mitigation.highRiskNoLongerLikely": "Serious harm no longer likely",
  "facts.mitigation.individualContactDisproportionate": "Contacting each person disproportionate",
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** The schema's field names inside messages ("must not be before awareAt") in the form's words. */
export function problemInWords(problem: string): string {
  return problem
    .replace("occurredAt (when the breach began)", "when it happened")
    .replace("discoveredAt (when it was discovered)", "when it was discovered")
    .replace(/awareAt is more than 1 hour after discoveredAt/, "you became aware more than 1 hour after the discovery")
    .replace(/\bawareAt\b/, "when you became aware");
}

export function questionFor(field: string): FactQuestion | undefined {
  return FACT_QUESTIONS.find((question) => `facts.${question.field}` === field || question.field === field);
}

/** The plain-words label of a stored answer ("public" → "Anyone: it was on the internet..."). */
export function answerLabel(field: string, value: unknown): string {
  const question = questionFor(field);
  const option = question?.options.find((candidate) => candidate.value === value);
  if (option) return option.label;
  if (value === true) return "Yes";
  if (value === false) return "No";
  if (value === null || value === undefined || value === "") return "Not answered yet";
  return String(value);
}
