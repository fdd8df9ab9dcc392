import { buildArt33Content, type Art33Content } from "./art33-content";
import { CONSEQUENCE_TEXT_EN } from "./consequences";
import { DATA_OPTION, IMPACT_OPTIONS, SUBJECT_OPTION } from "./edpb-option-mapping";
import { TEMPLATE_QUESTIONS, type TemplateQuestion } from "./edpb-template-questions";
import type { NotificationSectionId } from "./sections";
import type { NotificationInput } from "./types";

/*
 * Answers every modelled question of the EDPB template from NotificationInput, or says why it cannot:
 * "missing" (the template needs it and we do not know it), "not_applicable" (the question does not arise,
 * e.g. integrity details for a confidentiality breach) or "not_provided" (optional and unknown).
 * Answers inferred by Breachdesk rather than typed by a person are flagged `derived`, so a reviewer sees them.
 */
export type AnswerValue = string | number | boolean | string[];

type Resolution =
  | { status: "answered"; value: AnswerValue; derived?: boolean }
  | { status: "missing" }
  | { status: "not_applicable" }
  | { status: "not_provided" };

export interface TemplateAnswer {
  questionId: string;
  section: NotificationSectionId;
  question: string;
  value: AnswerValue;
  derived: boolean;
}

export interface TemplateAnswers {
  answers: TemplateAnswer[];
  missing: { questionId: string; section: NotificationSectionId; question: string }[];
  notApplicable: string[];
  notProvided: string[];
}

interface Context {
  input: NotificationInput;
  content: Art33Content;
}

const answered = (value: AnswerValue, derived = false): Resolution => ({ status: "answered", value, derived });
const MISSING: Resolution = { status: "missing" };
const NOT_APPLICABLE: Resolution = { status: "not_applicable" };
const NOT_PROVIDED: Resolution = { status: "not_provided" };
const orMissing = (value: string | number | null | undefined): Resolution =>
  value == null || value === "" ? MISSING : answered(value);
const joinParts = (parts: (string | null | undefined)[]): string =>
  parts.filter((part): part is string => part != null && part.trim() !== "").join(", ");

const unique = (values: string[]): string[] => [...new Set(values)];
const has = (content: Art33Content, type: "confidentiality" | "integrity" | "availability") =>
  content.nature.breachTypes.includes(type);

const RESOLVERS: Record<string, (context: Context) => Resolution> = {
  "notification.type": ({ content }) => answered(content.notificationType.sequence === 1 ? "new" : "follow_up", true),
  "notification.subtype": ({ content }) =>
    answered(content.notificationType.kind === "complete" ? "complete" : "incomplete", true),
  "notification.previousReference": ({ input, content }) => {
    if (content.notificationType.sequence === 1) return NOT_APPLICABLE;
    const withReference = (input.filings ?? []).find((filing) => filing.authorityReference);
    return orMissing(withReference?.authorityReference);
  },
  "notification.internalReference": ({ content }) => (content.reference ? answered(content.reference) : NOT_PROVIDED),
  "controller.identifier": ({ content }) =>
    content.controller.registrationId ? answered(content.controller.registrationId) : NOT_PROVIDED,
  "controller.name": ({ content }) => orMissing(content.controller.name),
  "controller.contact": ({ content }) => orMissing(joinParts([content.controller.address, content.controller.country])),
  "reporter.name": ({ input }) =>
    input.reporter ? answered(input.reporter.name) : contactAsReporter(input, (c) => c.name ?? null),
  "reporter.contact": ({ input }) =>
    input.reporter
      ? orMissing(joinParts([input.reporter.email, input.reporter.phone]))
      : contactAsReporter(input, (c) => joinParts([c.email, c.phone])),
  "reporter.function": ({ input }) =>
    input.reporter
      ? answered(input.reporter.role)
      : input.organisation.contactPoint?.isDpo === true
        ? answered("dpo", true)
        : MISSING,
  "dpo.designated": ({ input }) => {
    const isDpo = input.organisation.contactPoint?.isDpo;
    return isDpo == null ? MISSING : answered(isDpo);
  },
  "dpo.name": ({ input }) =>
    input.organisation.contactPoint?.isDpo ? orMissing(input.organisation.contactPoint.name) : NOT_APPLICABLE,
  "dpo.contact": ({ input }) => {
    const contact = input.organisation.contactPoint;
    return contact?.isDpo ? orMissing(joinParts([contact.email, contact.phone])) : NOT_APPLICABLE;
  },
  "contact.name": ({ content }) => orMissing(content.contactPoint?.name),
  "contact.details": ({ content }) => orMissing(joinParts([content.contactPoint?.email, content.contactPoint?.phone])),
  "otherParties.involved": ({ input }) =>
    input.incident.otherParties == null ? MISSING : answered(input.incident.otherParties.length > 0),
  "otherParties.names": ({ input }) => {
    const parties = input.incident.otherParties;
    if (parties == null) return MISSING;
    if (parties.length === 0) return NOT_APPLICABLE;
    return answered(parties.map((party) => `${party.name} (${party.role})`).join("; "));
  },
  "timeline.when": ({ content }) => {
    const { occurredAt, ongoing, containedAt } = content.timeline;
    if (!occurredAt) return MISSING;
    if (ongoing === true) return answered("ongoing", true);
    if (containedAt && containedAt !== occurredAt) return answered("period", true);
    return answered("specific_day", true);
  },
  "timeline.start": ({ content }) => orMissing(content.timeline.occurredAt),
  "timeline.end": ({ content }) =>
    content.timeline.ongoing === true ? NOT_APPLICABLE : orMissing(content.timeline.containedAt),
  "timeline.awareAt": ({ content }) => answered(content.timeline.awareAt),
  "timeline.lateReasons": ({ content }) => (content.delay.late ? orMissing(content.delay.reasons) : NOT_APPLICABLE),
  "timeline.discoveredBy": ({ input }) => orMissing(input.incident.discoveredBy),
  "timeline.discoveryDescription": ({ content }) => orMissing(content.timeline.howDiscovered),
  "nature.types": ({ content }) => (content.nature.breachTypes.length ? answered(content.nature.breachTypes) : MISSING),
  "nature.confidentialityType": ({ content }) => {
    if (!has(content, "confidentiality")) return NOT_APPLICABLE;
    const { exfiltration, recipients } = content.nature;
    if (exfiltration === "confirmed" || recipients === "public") return answered("disclosed", true);
    if (exfiltration === "ruled_out") return answered("not_disclosed", true);
    if (exfiltration === "unknown") return answered("cannot_assess", true);
    return MISSING;
  },
  "nature.unintelligible": ({ content }) => {
    if (!has(content, "confidentiality")) return NOT_APPLICABLE;
    const option = { state_of_the_art: "yes_intact", weak: "protected_but_subvertible", none: "no" } as const;
    return content.nature.encryption ? answered(option[content.nature.encryption], true) : MISSING;
  },
  "nature.integrityType": ({ input, content }) => {
    if (!has(content, "integrity")) return NOT_APPLICABLE;
    const integrity = input.incident.facts?.integrity;
    if (!integrity) return MISSING;
    return answered(integrity.recoverable ? "altered_recoverable" : "altered_not_recoverable", true);
  },
  "nature.availabilityType": ({ input, content }) => {
    if (!has(content, "availability")) return NOT_APPLICABLE;
    const availability = input.incident.facts?.availability;
    if (!availability) return MISSING;
    return answered(availability.permanentLoss ? "permanent" : "temporary", true);
  },
  "nature.incidentType": ({ input }) => orMissing(input.incident.incidentType),
  "nature.cause": ({ input, content }) => {
    const cause = content.nature.cause;
    if (cause == null) return MISSING;
    if (cause === "unknown") return answered("unknown");
    const origin = input.incident.causeOrigin;
    if (!origin) return MISSING;
    return answered(`${origin}_${cause === "malicious" ? "malicious" : "non_malicious"}`, true);
  },
  "nature.description": ({ content }) => orMissing(content.nature.description),
  "nature.systems": ({ input }) => orMissing(input.incident.systemsInvolved),
  "people.categories": ({ content }) =>
    content.nature.subjectCategories.length
      ? answered(unique(content.nature.subjectCategories.map((category) => SUBJECT_OPTION[category])), true)
      : MISSING,
  "people.description": ({ content }) =>
    content.nature.subjectCategories.length
      ? answered(content.nature.subjectCategories.map((category) => category.replace(/_/g, " ")).join(", "), true)
      : MISSING,
  "people.countPrecision": ({ content }) =>
    content.nature.approximateSubjects == null ? MISSING : answered("approximate", true),
  "people.count": ({ content }) => orMissing(content.nature.approximateSubjects),
  "data.types": ({ content }) =>
    content.nature.dataCategories.length
      ? answered(unique(content.nature.dataCategories.map((category) => DATA_OPTION[category])), true)
      : MISSING,
  "data.description": ({ content }) =>
    content.nature.dataCategories.length
      ? answered(content.nature.dataCategories.map((category) => category.replace(/_/g, " ")).join(", "), true)
      : MISSING,
  "data.recordCountPrecision": ({ content }) =>
    content.nature.approximateRecords == null ? MISSING : answered("approximate", true),
  "data.recordCount": ({ content }) => orMissing(content.nature.approximateRecords),
  "protection.measures": ({ input, content }) => {
    const measures: string[] = [];
    if (content.nature.identifiability === "pseudonymised") measures.push("pseudonymisation");
    if (input.incident.facts?.availability?.backup) measures.push("backup");
    if (content.nature.encryption === "state_of_the_art" || content.nature.encryption === "weak") measures.push("encryption");
    if (input.incident.measuresInPlace?.trim()) measures.push("other");
    return measures.length ? answered(measures, true) : MISSING;
  },
  "protection.description": ({ input }) => orMissing(input.incident.measuresInPlace?.trim()),
  "consequences.confidentiality": ({ content }) => {
    if (!has(content, "confidentiality")) return NOT_APPLICABLE;
    const picks: string[] = [];
    if (content.nature.recipients && content.nature.recipients !== "known_trusted") picks.push("disclosed_beyond_purpose");
    if (content.nature.identifiability === "direct" || content.nature.identifiability === "indirect") picks.push("linkable");
    if (content.nature.cause === "malicious") picks.push("misuse");
    if (content.likelyConsequences.source === "manager") picks.push("other");
    return picks.length ? answered(picks, true) : MISSING;
  },
  "consequences.integrity": ({ content }) => (has(content, "integrity") ? answered(["invalid_data_used"], true) : NOT_APPLICABLE),
  "consequences.availability": ({ content }) =>
    has(content, "availability") ? answered(["no_access_to_services", "disruption"], true) : NOT_APPLICABLE,
  "consequences.impact": ({ content }) => {
    const { source, derivedCodes } = content.likelyConsequences;
    if (source === "manager") return answered(["other"], true);
    const picks = unique(derivedCodes.flatMap((code) => IMPACT_OPTIONS[code]));
    return picks.length ? answered(picks, true) : MISSING;
  },
  "consequences.otherImpact": ({ content }) => {
    const { source, text, derivedCodes } = content.likelyConsequences;
    if (source === "manager" && text) return answered(text);
    if (source === "derived" && derivedCodes.length) {
      return answered(derivedCodes.map((code) => CONSEQUENCE_TEXT_EN[code]).join(" "), true);
    }
    return NOT_APPLICABLE;
  },
  "consequences.severity": ({ content }) => {
    const level = content.likelyConsequences.riskLevel;
    if (level == null) return MISSING;
    return answered({ high: "severe", risk: "moderate", none: "minor" }[level], true);
  },
  "consequences.riskOutcome": ({ content }) => {
    const level = content.likelyConsequences.riskLevel;
    if (level == null) return MISSING;
    return answered({ high: "high_risk", risk: "risk", none: "unlikely" }[level], true);
  },
  "consequences.riskDescription": ({ input, content }) => {
    const parts = [...content.likelyConsequences.assessmentReasons];
    const rationale = input.assessment?.decision?.authority.rationale;
    if (rationale?.trim()) parts.push(rationale.trim());
    return parts.length ? answered(parts.join(" "), true) : MISSING;
  },
  "measures.mitigation": ({ content }) => orMissing(content.measures.taken),
  "measures.prevention": ({ content }) => (content.measures.proposed ? answered(["other"], true) : MISSING),
  "measures.preventionDescription": ({ content }) => orMissing(content.measures.proposed),
  "communication.status": ({ input }) => {
    const communication = input.communication;
    if (!communication) return MISSING;
    switch (communication.status) {
      case "sent":
      case "public_communication":
        return answered("yes");
      case "planned":
        return answered("planned");
      case "not_decided":
        return answered("investigation_ongoing");
      case "not_required":
        return answered((input.assessment?.exemptions.length ?? 0) > 0 ? "art34_3_condition" : "not_high_risk", true);
    }
  },
  "communication.date": ({ input }) => (informed(input) ? orMissing(input.communication?.sentAt) : NOT_APPLICABLE),
  "communication.plannedDate": ({ input }) =>
    input.communication?.status === "planned" ? orMissing(input.communication.plannedFor) : NOT_APPLICABLE,
  "communication.art34Condition": ({ input }) => {
    if (!exempted(input)) return NOT_APPLICABLE;
    const exemption = input.assessment?.exemptions.find((id) => id.startsWith("art34_3_"));
    return orMissing(exemption);
  },
  "communication.art34Reasons": ({ input }) =>
    exempted(input) ? orMissing(input.assessment?.decision?.subjects.rationale?.trim()) : NOT_APPLICABLE,
  "communication.allInformed": ({ input }) => {
    if (!informed(input)) return NOT_APPLICABLE;
    const all = input.communication?.allInformed;
    return all == null ? MISSING : answered(all);
  },
  "communication.means": ({ input }) => {
    if (!informed(input)) return NOT_APPLICABLE;
    const channel = input.communication?.channel;
    if (input.communication?.status === "public_communication" || channel === "public_notice") return answered("public");
    if (channel === "email" || channel === "letter" || channel === "phone") return answered("individual");
    return channel === "other" ? answered("other") : MISSING;
  },
  "communication.content": ({ input }) => (informed(input) ? orMissing(input.communication?.content) : NOT_APPLICABLE),
  "other.police": ({ input }) =>
    input.incident.reportedToPolice == null ? NOT_PROVIDED : answered(input.incident.reportedToPolice ? "yes" : "no"),
  "other.otherAuthorities": ({ input }) =>
    input.incident.otherAuthoritiesNotified?.trim() ? answered(input.incident.otherAuthoritiesNotified.trim()) : NOT_PROVIDED,
  "crossBorder.involved": ({ content }) =>
    content.crossBorder == null ? MISSING : answered(content.crossBorder.involved ? "yes" : "no"),
  "crossBorder.leadAuthority": ({ content }) =>
    content.crossBorder?.involved ? orMissing(content.crossBorder.leadAuthority) : NOT_APPLICABLE,
};

function contactAsReporter(
  input: NotificationInput,
  pick: (contact: NonNullable<NotificationInput["organisation"]["contactPoint"]>) => string | null,
): Resolution {
  // Without a named reporter, the contact point is taken to be the person filing: say it is inferred.
  const contact = input.organisation.contactPoint;
  const value = contact ? pick(contact) : null;
  return value ? answered(value, true) : MISSING;
}

const informed = (input: NotificationInput): boolean =>
  input.communication?.status === "sent" || input.communication?.status === "public_communication";
const exempted = (input: NotificationInput): boolean =>
  input.communication?.status === "not_required" && (input.assessment?.exemptions.length ?? 0) > 0;

export function answerTemplate(input: NotificationInput, now: string | Date): TemplateAnswers {
  const context: Context = { input, content: buildArt33Content(input, now) };
  const result: TemplateAnswers = { answers: [], missing: [], notApplicable: [], notProvided: [] };
  for (const question of TEMPLATE_QUESTIONS) {
    const resolution = resolve(question, context);
    const { id: questionId, section } = question;
    if (resolution.status === "answered") {
      result.answers.push({ questionId, section, question: question.question, value: resolution.value, derived: resolution.derived ?? false });
    } else if (resolution.status === "missing") {
      result.missing.push({ questionId, section, question: question.question });
    } else if (resolution.status === "not_applicable") {
      result.notApplicable.push(questionId);
    } else {
      result.notProvided.push(questionId);
    }
  }
  return result;
}

function resolve(question: TemplateQuestion, context: Context): Resolution {
  const resolver = RESOLVERS[question.id];
  // A question without a resolver is a bug in this file; list it as missing rather than drop it silently.
  return resolver ? resolver(context) : MISSING;
}

/** Ids of questions that have no resolver: used by the tests to keep the model and the mapper in step. */
export function unresolvedQuestionIds(): string[] {
  return TEMPLATE_QUESTIONS.filter((question) => !(question.id in RESOLVERS)).map((question) => question.id);
}
