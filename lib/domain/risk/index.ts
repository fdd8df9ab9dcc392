/** Breach risk assessment: facts -> risk level, obligations and ENISA severity, with the reason for each step. */
export { assessBreach } from "./assess";
export { enisaSeverity, severityBand } from "./enisa-severity";
export { dutiesOf, dutyHeadlines } from "./obligations";
export { FACT_QUESTIONS, type FactQuestion } from "./questions";
export type { Assessment, RiskLevel } from "./types";
