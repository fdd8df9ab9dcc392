import { isSpecialCategory, type BreachFacts, type DataCategory } from "@/lib/schemas/breach-facts";
import { checkCompleteness, type MissingItem } from "./completeness";
import { consequenceFactors, consequenceReasons, deriveConsequences, type ConsequenceCode } from "./consequences";
import { outOfScope, type OutOfScope } from "./scope";
import { notificationLateness } from "./timing";
import type {
  ContactPoint,
  FilingKind,
  IncidentDetails,
  NotificationInput,
  ReportingPerson,
  RiskLevel,
  SubjectCommunication,
} from "./types";

/*
 * The content of an Art. 33 notification as structured data: one shape that every authority profile,
 * the PDF, the JSON export and the follow-up diff read. Unknown values stay null; nothing is invented.
 */
export interface Art33Content {
  reference: string | null;
  title: string | null;
  /** Art. 33(4): a first notification while facts are missing is "initial"; later ones are follow-ups. */
  notificationType: {
    kind: FilingKind;
    /** 1 for the first filing, 2 for the next, ... */
    sequence: number;
    previousFilings: { kind: FilingKind; filedAt: string }[];
  };
  controller: {
    name: string | null;
    country: string | null;
    address: string | null;
    registrationId: string | null;
  };
  reporter: ReportingPerson | null;
  timeline: {
    timeZone: string;
    occurredAt: string | null;
    discoveredAt: string | null;
    awareAt: string;
    containedAt: string | null;
    ongoing: boolean | null;
    howDiscovered: string | null;
    discoveredBy: IncidentDetails["discoveredBy"] | null;
  };
  /** Set when the facts are not a personal-data breach: the document then says so instead of notifying. */
  scope: OutOfScope | null;
  /** Art. 33(3)(a). */
  nature: {
    description: string | null;
    breachTypes: BreachFacts["breachTypes"];
    cause: BreachFacts["cause"] | null;
    dataCategories: DataCategory[];
    specialCategoriesInvolved: boolean;
    subjectCategories: BreachFacts["subjects"]["categories"];
    approximateSubjects: number | null;
    approximateRecords: number | null;
    recipients: NonNullable<BreachFacts["confidentiality"]>["recipients"] | null;
    exfiltration: NonNullable<BreachFacts["confidentiality"]>["exfiltration"] | null;
    /** Seen or opened by someone not entitled; "unknown" while not recorded. */
    access: NonNullable<NonNullable<BreachFacts["confidentiality"]>["access"]> | null;
    systems: string | null;
    encryption: BreachFacts["encryption"] | null;
    identifiability: BreachFacts["identifiability"] | null;
  };
  /** Art. 33(3)(b). */
  contactPoint: ContactPoint | null;
  /** Processors and joint controllers; [] none, null not recorded yet. */
  otherParties: { name: string; role: string; contact: string | null }[] | null;
  /** The protection in place when it happened, in the practice's words. */
  measuresInPlace: string | null;
  /** The police and other authorities told. */
  otherBodies: { police: boolean | null; otherAuthoritiesTold: boolean | null; otherAuthorities: string | null };
  /** Art. 33(3)(c). */
  likelyConsequences: {
    /** "manager": the text is the manager's; "derived": Breachdesk suggested it from the facts (say so). */
    source: "manager" | "derived" | "none";
    text: string | null;
    derivedCodes: ConsequenceCode[];
    assessmentReasons: string[];
    /** The factor codes of assessmentReasons, in the same order (lib/domain/risk). */
    assessmentFactors: string[];
    riskLevel: RiskLevel | null;
  };
  /** Art. 33(3)(d). */
  measures: { taken: string | null; proposed: string | null };
  /** Art. 33(1): reasons for a notification later than 72 hours. */
  delay: { late: boolean; deadline: string; reasons: string | null };
  crossBorder: { involved: boolean; leadAuthority: string | null } | null;
  communicationToSubjects: SubjectCommunication | null;
  missing: MissingItem[];
}

const text = (value: string | null | undefined): string | null => (value == null || value.trim() === "" ? null : value.trim());

export function buildArt33Content(input: NotificationInput, now: string | Date): Art33Content {
  const { incident, organisation } = input;
  const facts = incident.facts ?? {};
  const missing = checkCompleteness(input, now);
  const previousFilings = [...(input.filings ?? [])]
    .sort((a, b) => Date.parse(a.filedAt) - Date.parse(b.filedAt))
    .map(({ kind, filedAt }) => ({ kind, filedAt }));
  const art33Complete = !missing.some((item) => item.requiredFor === "art33");
  const kind: FilingKind = art33Complete ? "complete" : previousFilings.length === 0 ? "initial" : "follow-up";
  const lateness = notificationLateness(input, now);
  const dataCategories = [...(facts.dataCategories ?? [])];
  const managerConsequences = text(incident.likelyConsequences);
  const derivedCodes = deriveConsequences(facts);
  const assessmentReasons = consequenceReasons(input.assessment);
  const derivable = derivedCodes.length > 0 || assessmentReasons.length > 0;

  return {
    reference: text(incident.reference),
    title: text(incident.title),
    notificationType: { kind, sequence: previousFilings.length + 1, previousFilings },
    controller: {
      name: text(organisation.name),
      country: text(organisation.country)?.toUpperCase() ?? null,
      address: text(organisation.address),
      registrationId: text(organisation.registrationId),
    },
    reporter: input.reporter ?? null,
    timeline: {
      timeZone: incident.timeZone,
      occurredAt: text(incident.occurredAt),
      discoveredAt: text(incident.discoveredAt),
      awareAt: incident.awareAt,
      containedAt: text(incident.containedAt),
      ongoing: incident.ongoing ?? null,
      howDiscovered: text(incident.howDiscovered),
      discoveredBy: incident.discoveredBy ?? null,
    },
    scope: outOfScope(facts),
    nature: {
      description: text(incident.description),
      breachTypes: [...(facts.breachTypes ?? [])],
      cause: facts.cause ?? null,
      dataCategories,
      specialCategoriesInvolved: dataCategories.some((category) => isSpecialCategory(category)),
      subjectCategories: [...(facts.subjects?.categories ?? [])],
      approximateSubjects: facts.subjects?.count ?? null,
      approximateRecords: facts.records ?? null,
      recipients: facts.confidentiality?.recipients ?? null,
      exfiltration: facts.confidentiality?.exfiltration ?? null,
      access: facts.confidentiality ? (facts.confidentiality.access ?? "unknown") : null,
      systems: text(incident.systemsInvolved),
      encryption: facts.encryption ?? null,
      identifiability: facts.identifiability ?? null,
    },
    contactPoint: hasContact(organisation.contactPoint) ? { ...organisation.contactPoint } : null,
    otherParties: incident.otherParties
      ? incident.otherParties.map((party) => ({ name: party.name, role: party.role, contact: text(party.contact) }))
      : null,
    measuresInPlace: text(incident.measuresInPlace),
    otherBodies: {
      police: incident.reportedToPolice ?? null,
      otherAuthoritiesTold: incident.otherAuthoritiesTold ?? null,
      otherAuthorities: text(incident.otherAuthoritiesNotified),
    },
    likelyConsequences: {
      source: managerConsequences ? "manager" : derivable ? "derived" : "none",
      text: managerConsequences,
      derivedCodes: managerConsequences ? [] : derivedCodes,
      assessmentReasons,
      assessmentFactors: consequenceFactors(input.assessment),
      riskLevel: input.assessment?.riskLevel ?? null,
    },
    measures: { taken: text(incident.measuresTaken), proposed: text(incident.measuresProposed) },
    delay: { late: lateness.late, deadline: lateness.deadline, reasons: lateness.late ? text(input.lateReasons) : null },
    crossBorder: incident.crossBorder
      ? { involved: incident.crossBorder.involved, leadAuthority: text(incident.crossBorder.leadAuthority) }
      : null,
    communicationToSubjects: input.communication ?? null,
    missing,
  };
}

function hasContact(contact: ContactPoint | null | undefined): contact is ContactPoint {
  return contact != null && [contact.name, contact.email, contact.phone].some((value) => text(value) !== null);
}
