/** The vocabulary of a breach assessment: what `assessBreach` returns and what its steps share. */

export const RISK_LEVELS = ["none", "risk", "high"] as const;
/** none: unlikely to result in a risk (document only); risk: tell the authority; high: tell the people too. */
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const SEVERITY_BANDS = ["low", "medium", "high", "very_high"] as const;
export type SeverityBand = (typeof SEVERITY_BANDS)[number];

export const EXEMPTIONS = ["art34_3_a", "art34_3_b", "art34_3_c"] as const;
/** The Art. 34(3) grounds on which the people need not be told individually. */
export type Exemption = (typeof EXEMPTIONS)[number];

export type Effect = "raises" | "lowers" | "neutral";

/** One step of the reasoning, in words a practice manager can follow and with the rule it rests on. */
export interface Reason {
  /** A stable id ("special_category_data"), used by tests, the UI and the register. */
  factor: string;
  effect: Effect;
  explanation: string;
  /** The legal provision or guidance the step follows, e.g. "GDPR Art. 9(1)". */
  basis: string;
}

/** One term of the ENISA formula, with the reasons that produced its value. */
export interface SeverityComponent {
  value: number;
  reasons: Reason[];
}

export interface SeverityComponents {
  /** DPC, data processing context: how harmful the data is in its context (1..4). */
  dataProcessingContext: SeverityComponent & { base: number };
  /** EI, ease of identification: how easily the people can be named from the data (0.25..1). */
  easeOfIdentification: SeverityComponent;
  /** CB, circumstances of the breach: the sum of the four parts below (0..2). */
  circumstances: SeverityComponent & {
    confidentiality: number;
    integrity: number;
    availability: number;
    maliciousIntent: number;
  };
}

export interface Severity {
  /** SE = DPC x EI + CB, rounded to 2 decimals. */
  score: number;
  band: SeverityBand;
  formula: string;
  components: SeverityComponents;
}

export interface Assessment {
  riskLevel: RiskLevel;
  /** False only where the breach is unlikely to result in a risk (GDPR Art. 33(1)). */
  notifyAuthority: boolean;
  /** True where the risk is high and no Art. 34(3) exemption applies (GDPR Art. 34(1)). */
  communicateSubjects: boolean;
  /** True where Art. 34(3)(c) replaces individual messages with a public communication. */
  publicCommunicationInstead: boolean;
  /** A processor tells its controller of every breach, whatever the risk (GDPR Art. 33(2)). */
  notifyController: boolean;
  /**
   * Whose duty the answers are: a controller's own, or for a processor its own Art. 33(2) duty with the
   * controller's likely duties as advice. Absent from suggestions stored before it existed (use dutiesOf).
   */
  duties?: Duties;
  severity: Severity;
  exemptions: Exemption[];
  reasons: Reason[];
  /**
   * Present only when the facts are not a personal-data breach at all: data about deceased people only
   * (Recital 27) or about no real person. Nothing is then owed under Art. 33 or 34.
   */
  outOfScope?: "deceased_only" | "no_personal_data";
}

export type Duty = "notify_controller" | "notify_authority" | "communicate_subjects" | "public_communication";

export interface Duties {
  party: "controller" | "processor";
  own: Duty[];
  adviseController: Duty[];
}

const ORDER: Record<RiskLevel, number> = { none: 0, risk: 1, high: 2 };

export function maxLevel(...levels: RiskLevel[]): RiskLevel {
  return levels.reduce<RiskLevel>((worst, level) => (ORDER[level] > ORDER[worst] ? level : worst), "none");
}

export function levelAbove(level: RiskLevel): RiskLevel {
  return level === "none" ? "risk" : "high";
}

export function levelBelow(level: RiskLevel): RiskLevel {
  return level === "high" ? "risk" : "none";
}
