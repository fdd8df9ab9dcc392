import type { BreachFacts } from "@/lib/schemas/breach-facts";

/*
 * What the app knows about one incident when it prepares an Art. 33 notification or an Art. 34
 * communication. Everything that may still be unknown is optional or nullable: an incomplete incident
 * must list what is missing (checkCompleteness), never have it invented.
 */

/** The facts of docs/INTERFACES.md section 3 while they are still being gathered: any part may be absent. */
export type BreachFactsDraft = Partial<Omit<BreachFacts, "subjects" | "mitigation" | "confidentiality" | "availability" | "integrity">> & {
  subjects?: { count?: number | null; categories?: BreachFacts["subjects"]["categories"] } | null;
  mitigation?: Partial<BreachFacts["mitigation"]> | null;
  confidentiality?: Partial<NonNullable<BreachFacts["confidentiality"]>> | null;
  availability?: Partial<NonNullable<BreachFacts["availability"]>> | null;
  integrity?: Partial<NonNullable<BreachFacts["integrity"]>> | null;
};

/*
 * The few parts of a risk assessment this module reads. Declared here on purpose: lib/domain/risk is written
 * in parallel, and a structural type keeps the two modules independent (any assessment of that shape fits).
 */
export type RiskLevel = "none" | "risk" | "high";

export interface AssessmentReason {
  factor: string;
  effect: string;
  explanation: string;
}

export interface DpoDecisionPart {
  decision: string;
  rationale: string;
  overridden: boolean;
}

export interface AssessmentSummary {
  riskLevel: RiskLevel;
  notifyAuthority: boolean;
  communicateSubjects: boolean;
  publicCommunicationInstead: boolean;
  exemptions: string[];
  reasons: AssessmentReason[];
  decision?: { authority: DpoDecisionPart; subjects: DpoDecisionPart } | null;
}

export interface ContactPoint {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  /** True when the contact point is the designated DPO (Art. 37), false for another contact point. */
  isDpo?: boolean | null;
  /** A toll-free number people can call (HIPAA 45 CFR 164.404(c)(1)(E) requires one in the notice). */
  tollFreePhone?: string | null;
  /** A web page with more information (one of the HIPAA contact procedures). */
  website?: string | null;
}

export interface OrganisationDetails {
  name?: string | null;
  /** ISO 3166-1 alpha-2 ("FR", "GB", "IE", "CZ"); decides the competent authority by default. */
  country?: string | null;
  /** ISO 3166-2 subdivision ("DE-BY"): in Germany the Land decides the competent authority. */
  region?: string | null;
  address?: string | null;
  registrationId?: string | null;
  contactPoint?: ContactPoint | null;
}

/** The person who files the notification, when it is not the contact point (EDPB template asks separately). */
export interface ReportingPerson {
  name: string;
  email?: string | null;
  phone?: string | null;
  role: "dpo" | "legal_representative" | "other";
}

export interface CrossBorderProcessing {
  involved: boolean;
  /** An authority id ("cnil", "ico", "dpc", "uoou") or a country code; overrides the country default. */
  leadAuthority?: string | null;
}

export interface IncidentDetails {
  reference?: string | null;
  title?: string | null;
  /** The manager's own words. */
  description?: string | null;
  occurredAt?: string | null;
  discoveredAt?: string | null;
  awareAt: string;
  timeZone: string;
  howDiscovered?: string | null;
  ongoing?: boolean | null;
  containedAt?: string | null;
  facts?: BreachFactsDraft | null;
  /** The regimes that apply (gdpr, uk-gdpr, nis2, hipaa, eprivacy): HIPAA adds its own notice elements. */
  regimes?: string[] | null;
  /** The data items involved in the practice's own words ("name and date of birth"), finer than the categories. */
  dataItems?: string | null;
  /** Who noticed the breach first (the EDPB template asks it as a choice; howDiscovered is the story). */
  discoveredBy?: "controller" | "processor" | "data_subject" | "external_party" | "press" | "other" | null;
  /** One of EDPB_INCIDENT_TYPES (edpb-template-questions.ts), e.g. "ransomware". */
  incidentType?: string | null;
  /** Whether the cause came from inside the practice or outside; the template combines it with facts.cause. */
  causeOrigin?: "internal" | "external" | null;
  systemsInvolved?: string | null;
  /** The protection in place when it happened (encryption, backups, access control...), in words. */
  measuresInPlace?: string | null;
  /** Options of the template's "protection.measures" the practice ticked; those the facts imply are added. */
  protectionMeasures?: string[] | null;
  /** Processors or joint controllers involved; an empty list means "none", null means "not known yet". */
  otherParties?: { name: string; role: string; contact?: string | null }[] | null;
  reportedToPolice?: boolean | null;
  /** Whether authorities other than the supervisory authority were told; the names are otherAuthoritiesNotified. */
  otherAuthoritiesTold?: boolean | null;
  otherAuthoritiesNotified?: string | null;
  likelyConsequences?: string | null;
  measuresTaken?: string | null;
  measuresProposed?: string | null;
  /** Options of the template's "measures.prevention" the practice ticked (measuresProposed describes them). */
  preventionMeasures?: string[] | null;
  crossBorder?: CrossBorderProcessing | null;
}

export type FilingKind = "initial" | "follow-up" | "complete";

export interface Filing {
  kind: FilingKind;
  filedAt: string;
  /** The case number the authority gave the filing, needed to link follow-ups. */
  authorityReference?: string | null;
}

export type SubjectCommunicationStatus = "not_decided" | "planned" | "sent" | "not_required" | "public_communication";

export interface SubjectCommunication {
  status: SubjectCommunicationStatus;
  sentAt?: string | null;
  plannedFor?: string | null;
  channel?: "email" | "letter" | "phone" | "public_notice" | "other" | null;
  allInformed?: boolean | null;
  /** The text sent or published, for the authority's copy. */
  content?: string | null;
}

export interface NotificationInput {
  organisation: OrganisationDetails;
  reporter?: ReportingPerson | null;
  incident: IncidentDetails;
  assessment?: AssessmentSummary | null;
  filings?: Filing[] | null;
  /** Why the notification comes after awareAt + 72 h (Art. 33(1), last sentence). */
  lateReasons?: string | null;
  communication?: SubjectCommunication | null;
}
