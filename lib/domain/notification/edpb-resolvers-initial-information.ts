import { DATA_OPTION, SUBJECT_OPTION } from "./edpb-option-mapping";
import {
  MISSING,
  NOT_APPLICABLE,
  answered,
  hasBreachType,
  notCollected,
  orMissing,
  unique,
  type Resolver,
  type ResolverContext,
} from "./edpb-resolution";
import { formatInstant } from "./format-instant";

type ConfidentialityFacts = NonNullable<NonNullable<ResolverContext["input"]["incident"]["facts"]>["confidentiality"]>;

/**
 * Row 56 ("taken or disclosed?") from the facts exactly: seen (access) or copied (exfiltration) confirmed is a
 * disclosure; both ruled out is "no"; otherwise data that reached someone (a publication, a wrong addressee) and
 * was not shown to be unread is probably disclosed, and anything else cannot be assessed. Publication alone is no
 * proof that anyone looked: where the practice ruled both out (server logs), the answer stays "no".
 */
export function confidentialityOption(facts: ConfidentialityFacts): string {
  const access = facts.access ?? "unknown";
  if (facts.exfiltration === "confirmed" || access === "confirmed") return "disclosed";
  if (facts.exfiltration === "ruled_out" && access === "ruled_out") return "not_disclosed";
  if (facts.recipients !== "unknown" && access !== "ruled_out") return "likely_disclosed";
  return "cannot_assess";
}

/* Answers to rows 44-76 (dates and discovery, nature, people, records, protection in place). */
export const INITIAL_INFORMATION_RESOLVERS: Record<string, Resolver> = {
  "timeline.when": ({ content }) => {
    const { occurredAt, ongoing, containedAt } = content.timeline;
    if (!occurredAt) return MISSING;
    if (ongoing === true) return answered("ongoing", true);
    if (containedAt && containedAt !== occurredAt) return answered("period", true);
    return answered("specific_day", true);
  },
  "timeline.datesEstimated": () => notCollected("datesEstimated"),
  "timeline.start": ({ content }) => orMissing(content.timeline.occurredAt),
  "timeline.end": ({ content }) => (content.timeline.ongoing === true ? NOT_APPLICABLE : orMissing(content.timeline.containedAt)),
  "timeline.awareAt": ({ content }) => answered(content.timeline.awareAt),
  "timeline.lateReasons": ({ content }) => (content.delay.late ? orMissing(content.delay.reasons) : NOT_APPLICABLE),
  "timeline.discoveredBy": ({ input }) => orMissing(input.incident.discoveredBy),
  "timeline.discoveryDescription": ({ content }) => orMissing(content.timeline.howDiscovered),
  "timeline.toldByOtherPartyOn": ({ input }) => {
    const by = input.incident.discoveredBy;
    // Asked when someone else found the breach; until "who found it" is known, it does not arise yet.
    return by == null || by === "controller" ? NOT_APPLICABLE : notCollected("toldByOtherPartyOn");
  },
  "timeline.comments": ({ content }) => {
    // The template has no row for the discovery and containment times Breachdesk keeps: they belong here.
    const { discoveredAt, containedAt, ongoing, timeZone } = content.timeline;
    const parts: string[] = [];
    if (discoveredAt) parts.push(`Discovered on ${formatInstant(discoveredAt, timeZone)}.`);
    if (ongoing === true) parts.push("Still going on.");
    else if (containedAt) parts.push(`Contained on ${formatInstant(containedAt, timeZone)}.`);
    return parts.length ? answered(parts.join(" "), true) : MISSING;
  },
  "nature.types": ({ content }) => (content.nature.breachTypes.length ? answered(content.nature.breachTypes) : MISSING),
  "nature.confidentialityType": ({ input, content }) => {
    if (!hasBreachType(content, "confidentiality")) return NOT_APPLICABLE;
    const confidentiality = input.incident.facts?.confidentiality;
    if (!confidentiality) return MISSING;
    return answered(confidentialityOption(confidentiality), true);
  },
  "nature.unintelligible": ({ content }) => {
    if (!hasBreachType(content, "confidentiality")) return NOT_APPLICABLE;
    const option = { state_of_the_art: "yes_intact", weak: "protected_but_subvertible", none: "no" } as const;
    return content.nature.encryption ? answered(option[content.nature.encryption], true) : MISSING;
  },
  "nature.integrityType": ({ input, content }) => {
    if (!hasBreachType(content, "integrity")) return NOT_APPLICABLE;
    const integrity = input.incident.facts?.integrity;
    if (!integrity) return MISSING;
    // Row 58 turns on whether the altered data was used (misused) before it was put right, then on reversibility.
    if (integrity.usedBeforeCorrection === undefined) return notCollected("integrityMisuse");
    if (!integrity.usedBeforeCorrection) return answered("altered_no_misuse", true);
    return answered(integrity.recoverable ? "misused_reversible" : "misused_irreversible", true);
  },
  "nature.availabilityType": ({ input, content }) => {
    if (!hasBreachType(content, "availability")) return NOT_APPLICABLE;
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
  "people.countPrecision": ({ content }) => (content.nature.approximateSubjects == null ? MISSING : answered("approximate", true)),
  "people.count": ({ content }) => orMissing(content.nature.approximateSubjects),
  "data.types": ({ content }) =>
    content.nature.dataCategories.length
      ? answered(unique(content.nature.dataCategories.map((category) => DATA_OPTION[category])), true)
      : MISSING,
  "data.description": ({ input, content }) =>
    input.incident.dataItems?.trim()
      ? answered(input.incident.dataItems.trim())
      : content.nature.dataCategories.length
        ? answered(content.nature.dataCategories.map((category) => category.replace(/_/g, " ")).join(", "), true)
        : MISSING,
  "data.recordCountPrecision": ({ content }) => (content.nature.approximateRecords == null ? MISSING : answered("approximate", true)),
  "data.recordCount": ({ content }) => orMissing(content.nature.approximateRecords),
  "protection.measures": ({ input, content }) => {
    const ticked = input.incident.protectionMeasures ?? [];
    const implied: string[] = [];
    if (content.nature.identifiability === "pseudonymised") implied.push("pseudonymisation");
    if (input.incident.facts?.availability?.backup) implied.push("backup");
    if (content.nature.encryption === "state_of_the_art" || content.nature.encryption === "weak") implied.push("encryption");
    // A description without any ticked measure can only be "other"; once the practice ticks, it decides.
    if (ticked.length === 0 && input.incident.measuresInPlace?.trim()) implied.push("other");
    const measures = unique([...ticked, ...implied]);
    // Derived as soon as Breachdesk added a measure nobody ticked, so a reviewer checks it.
    return measures.length
      ? answered(
          measures,
          implied.some((measure) => !ticked.includes(measure)),
        )
      : MISSING;
  },
  "protection.description": ({ input }) => orMissing(input.incident.measuresInPlace?.trim()),
};
