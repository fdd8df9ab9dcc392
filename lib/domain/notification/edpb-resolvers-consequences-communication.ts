import { IMPACT_OPTIONS } from "./edpb-option-mapping";
import {
  MISSING,
  NOT_APPLICABLE,
  answered,
  exempted,
  hasBreachType,
  informed,
  notCollected,
  orMissing,
  unique,
  type Resolver,
} from "./edpb-resolution";

/* Answers to rows 79-106 (likely consequences, risk assessment, measures, communication to the people). */

/** Where the manager described the consequences, her text is the "other" consequence the template asks to describe. */
const managerText: Resolver = ({ content }) =>
  content.likelyConsequences.source === "manager" && content.likelyConsequences.text
    ? answered(content.likelyConsequences.text)
    : NOT_APPLICABLE;

export const CONSEQUENCES_COMMUNICATION_RESOLVERS: Record<string, Resolver> = {
  "consequences.confidentiality": ({ content }) => {
    if (!hasBreachType(content, "confidentiality")) return NOT_APPLICABLE;
    const picks: string[] = [];
    if (content.nature.recipients && content.nature.recipients !== "known_trusted") picks.push("disclosed_beyond_purpose");
    if (content.nature.identifiability === "direct" || content.nature.identifiability === "indirect") picks.push("linkable");
    if (content.nature.cause === "malicious") picks.push("misuse");
    if (content.likelyConsequences.source === "manager") picks.push("other");
    return picks.length ? answered(picks, true) : MISSING;
  },
  "consequences.confidentialityOther": (context) =>
    hasBreachType(context.content, "confidentiality") ? managerText(context) : NOT_APPLICABLE,
  "consequences.integrity": ({ content }) => (hasBreachType(content, "integrity") ? answered(["invalid_data_used"], true) : NOT_APPLICABLE),
  // Breachdesk never picks "other" for integrity or availability consequences, so their descriptions do not arise.
  "consequences.integrityOther": () => NOT_APPLICABLE,
  "consequences.availability": ({ content }) =>
    hasBreachType(content, "availability") ? answered(["no_access_to_services", "disruption"], true) : NOT_APPLICABLE,
  "consequences.availabilityOther": () => NOT_APPLICABLE,
  "consequences.impact": ({ content }) => {
    const { source, derivedCodes } = content.likelyConsequences;
    if (source === "manager") return answered(["other"], true);
    const picks = unique(derivedCodes.flatMap((code) => IMPACT_OPTIONS[code]));
    return picks.length ? answered(picks, true) : MISSING;
  },
  "consequences.otherImpact": managerText,
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
  "measures.prevention": ({ input, content }) => {
    const ticked = input.incident.preventionMeasures ?? [];
    if (ticked.length > 0) return answered(unique(ticked));
    // Only a description: it can only be "other", which Breachdesk infers.
    return content.measures.proposed ? answered(["other"], true) : MISSING;
  },
  "measures.preventionDescription": ({ content }) => orMissing(content.measures.proposed),
  "communication.status": ({ input }) => {
    const communication = input.communication;
    if (!communication) return MISSING;
    switch (communication.status) {
      case "sent":
      case "public_communication":
        return answered("yes");
      case "planned":
        return answered(communication.plannedFor ? "planned" : "planned_date_unknown");
      case "not_decided":
        return answered("investigation_ongoing");
      case "not_required":
        return answered((input.assessment?.exemptions.length ?? 0) > 0 ? "art34_3_condition" : "not_high_risk", true);
    }
  },
  "communication.date": ({ input }) => (informed(input) ? orMissing(input.communication?.sentAt) : NOT_APPLICABLE),
  // A planned communication without a date is answered by the status itself ("date not set").
  "communication.plannedDate": ({ input }) =>
    input.communication?.status === "planned" && input.communication.plannedFor ? answered(input.communication.plannedFor) : NOT_APPLICABLE,
  "communication.art34Condition": ({ input }) => {
    if (!exempted(input)) return NOT_APPLICABLE;
    return orMissing(input.assessment?.exemptions.find((id) => id.startsWith("art34_3_")));
  },
  "communication.art34Reasons": ({ input }) =>
    exempted(input) ? orMissing(input.assessment?.decision?.subjects.rationale?.trim()) : NOT_APPLICABLE,
  "communication.allInformed": ({ input }) => {
    if (!informed(input)) return NOT_APPLICABLE;
    const all = input.communication?.allInformed;
    return all == null ? MISSING : answered(all ? "all" : "not_all");
  },
  "communication.notAllInformedReasons": ({ input }) =>
    informed(input) && input.communication?.allInformed === false ? notCollected("notAllInformedReasons") : NOT_APPLICABLE,
  "communication.means": ({ input }) => {
    if (!informed(input)) return NOT_APPLICABLE;
    const channel = input.communication?.channel;
    if (input.communication?.status === "public_communication" || channel === "public_notice") return answered("public");
    if (channel === "email" || channel === "letter" || channel === "phone") return answered("individual");
    return channel === "other" ? answered("other") : MISSING;
  },
  "communication.otherMeans": ({ input }) =>
    informed(input) && input.communication?.channel === "other" ? notCollected("otherMeans") : NOT_APPLICABLE,
  "communication.content": ({ input }) => (informed(input) ? orMissing(input.communication?.content) : NOT_APPLICABLE),
};
