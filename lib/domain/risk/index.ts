/** Breach risk assessment: facts -> risk level, obligations and ENISA severity, with the reason for each step. */
export { assessBreach } from "./assess";
export { assessRiskLevel, type RiskLevelResult } from "./risk-level";
export { enisaSeverity, severityBand } from "./enisa-severity";
export { dutiesOf, dutyHeadlines, obligationsFor, type DutyHeadline, type Obligations } from "./obligations";
export { LARGE_SCALE_SUBJECTS, QUICK_RESTORE_HOURS } from "./profile";
export { FACT_QUESTIONS, type FactQuestion, type AnswerOption, type AnswerKind } from "./questions";
export {
  EXEMPTIONS,
  RISK_LEVELS,
  SEVERITY_BANDS,
  type Assessment,
  type Duties,
  type Duty,
  type Effect,
  type Exemption,
  type Reason,
  type RiskLevel,
  type Severity,
  type SeverityBand,
  type SeverityComponent,
  type SeverityComponents,
} from "./types";
