import {
  MISSING,
  NOT_APPLICABLE,
  answered,
  establishedInEea,
  notCollected,
  orMissing,
  type FactGap,
  type Resolver,
} from "./edpb-resolution";

/* Answers to rows 109-126 (other authorities, cross-border processing, controllers outside the EEA, attachments). */

/** Section 6.2 is for controllers established in the EEA; its details arise once cross-border processing is "yes". */
const crossBorderDetail =
  (gap: FactGap): Resolver =>
  ({ content }) =>
    establishedInEea(content) !== false && content.crossBorder?.involved === true ? notCollected(gap) : NOT_APPLICABLE;

/**
 * Section 6.3 is for controllers established outside the EEA. Its details arise once the GDPR is known to apply
 * (row 120), which Breachdesk cannot tell yet: until then they do not arise, and row 120 carries the gap.
 */
const outsideEeaDetail: Resolver = () => NOT_APPLICABLE;

export const OTHER_ATTACHMENTS_RESOLVERS: Record<string, Resolver> = {
  "other.police": ({ input }) =>
    input.incident.reportedToPolice == null ? MISSING : answered(input.incident.reportedToPolice ? "yes" : "no"),
  "other.otherAuthorities": ({ input }) => {
    const { otherAuthoritiesTold, otherAuthoritiesNotified } = input.incident;
    if (otherAuthoritiesNotified?.trim() || otherAuthoritiesTold === true) return answered("yes");
    return otherAuthoritiesTold === false ? answered("no") : MISSING;
  },
  "other.otherAuthoritiesDetails": ({ input }) => {
    const details = input.incident.otherAuthoritiesNotified?.trim();
    if (details) return answered(details);
    // Reported to the police or to another authority but no details recorded: the template asks which body and its case number.
    return input.incident.reportedToPolice === true || input.incident.otherAuthoritiesTold === true ? MISSING : NOT_APPLICABLE;
  },
  "crossBorder.involved": ({ content }) => {
    if (establishedInEea(content) === false) return NOT_APPLICABLE;
    return content.crossBorder == null ? MISSING : answered(content.crossBorder.involved ? "yes" : "no");
  },
  "crossBorder.leadAuthority": ({ content }) =>
    establishedInEea(content) !== false && content.crossBorder?.involved ? orMissing(content.crossBorder.leadAuthority) : NOT_APPLICABLE,
  "crossBorder.establishmentCountries": crossBorderDetail("establishmentCountries"),
  "crossBorder.subjectCountries": crossBorderDetail("subjectCountries"),
  "crossBorder.subjectsPerCountry": crossBorderDetail("subjectsPerCountry"),
  "crossBorder.authoritiesNotified": crossBorderDetail("authoritiesNotified"),
  "outsideEea.gdprApplies": ({ content }) => {
    const inEea = establishedInEea(content);
    if (inEea === null) return MISSING;
    return inEea ? NOT_APPLICABLE : notCollected("gdprScopeOutsideEea");
  },
  "outsideEea.subjectCountries": outsideEeaDetail,
  "outsideEea.subjectsPerCountry": outsideEeaDetail,
  "outsideEea.authoritiesNotified": outsideEeaDetail,
  "attachments.kinds": () => notCollected("attachmentKinds"),
  // Asked when "other" is ticked among the attachments, which Breachdesk cannot tick yet (see attachments.kinds).
  "attachments.other": () => NOT_APPLICABLE,
};
