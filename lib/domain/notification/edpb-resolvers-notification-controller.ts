import {
  MISSING,
  NOT_APPLICABLE,
  answered,
  establishedInEea,
  joinParts,
  notCollected,
  orMissing,
  type Resolution,
  type Resolver,
} from "./edpb-resolution";
import type { ContactPoint, NotificationInput } from "./types";

/* Answers to rows 3-41 (the notification; controller, person reporting, DPO or contact point, other parties). */

function contactAsReporter(input: NotificationInput, pick: (contact: ContactPoint) => string | null): Resolution {
  // Without a named reporter, the contact point is taken to be the person filing: say it is inferred.
  const contact = input.organisation.contactPoint;
  const value = contact ? pick(contact) : null;
  return value ? answered(value, true) : MISSING;
}

/** Outside the EEA the template asks for the Art. 27 representative; inside, it does not arise. */
function eeaRepresentative({ content }: Parameters<Resolver>[0]): Resolution {
  const inEea = establishedInEea(content);
  if (inEea === null) return MISSING;
  return inEea ? NOT_APPLICABLE : notCollected("eeaRepresentative");
}

export const NOTIFICATION_CONTROLLER_RESOLVERS: Record<string, Resolver> = {
  "notification.type": ({ content }) => answered(content.notificationType.sequence === 1 ? "new" : "follow_up", true),
  "notification.subtype": ({ content }) => answered(content.notificationType.kind === "complete" ? "complete" : "incomplete", true),
  // Breachdesk files initial, follow-up and complete notifications, never a withdrawal.
  "notification.withdrawalReasons": () => NOT_APPLICABLE,
  "notification.previousReference": ({ input, content }) => {
    if (content.notificationType.sequence === 1) return NOT_APPLICABLE;
    const withReference = (input.filings ?? []).find((filing) => filing.authorityReference);
    return orMissing(withReference?.authorityReference);
  },
  "notification.internalReference": ({ content }) => orMissing(content.reference),
  "controller.identifierType": ({ content }) => (content.controller.registrationId ? notCollected("registrationIdType") : NOT_APPLICABLE),
  "controller.identifier": ({ content }) => orMissing(content.controller.registrationId),
  "controller.name": ({ content }) => orMissing(content.controller.name),
  "controller.contact": ({ content }) => orMissing(joinParts([content.controller.address, content.controller.country])),
  "controller.sector": () => notCollected("sector"),
  "controller.organisationType": () => notCollected("organisationSize"),
  // Asked only when the size is "other", which Breachdesk cannot know yet (see controller.organisationType).
  "controller.organisationTypeDescription": () => NOT_APPLICABLE,
  "controller.economicActivity": () => notCollected("economicActivity"),
  "controller.eeaRepresentative": eeaRepresentative,
  "controller.eeaRepresentativeContact": eeaRepresentative,
  "reporter.name": ({ input }) => (input.reporter ? orMissing(input.reporter.name) : contactAsReporter(input, (c) => c.name ?? null)),
  "reporter.contact": ({ input }) =>
    input.reporter
      ? orMissing(joinParts([input.reporter.email, input.reporter.phone]))
      : contactAsReporter(input, (c) => joinParts([c.email, c.phone])),
  "reporter.function": ({ input }) => {
    if (input.reporter) return answered(input.reporter.role);
    return input.organisation.contactPoint?.isDpo === true ? answered("dpo", true) : MISSING;
  },
  "reporter.functionDescription": ({ input }) => (input.reporter?.role === "other" ? notCollected("reporterFunction") : NOT_APPLICABLE),
  "reporter.nationalId": () => notCollected("reporterNationalId"),
  "reporter.accuracyDeclaration": () => notCollected("accuracyDeclaration"),
  "dpo.designated": ({ input }) => {
    const isDpo = input.organisation.contactPoint?.isDpo;
    return isDpo == null ? MISSING : answered(isDpo);
  },
  "dpo.name": ({ input }) => (input.organisation.contactPoint?.isDpo ? orMissing(input.organisation.contactPoint.name) : NOT_APPLICABLE),
  "dpo.contact": ({ input }) => {
    const contact = input.organisation.contactPoint;
    return contact?.isDpo ? orMissing(joinParts([contact.email, contact.phone])) : NOT_APPLICABLE;
  },
  "contact.source": ({ input, content }) => {
    if (!content.contactPoint) return MISSING;
    if (content.contactPoint.isDpo) return answered("dpo", true);
    return answered(input.reporter ? "other" : "reporting_person", true);
  },
  "contact.name": ({ content }) => orMissing(content.contactPoint?.name),
  "contact.function": ({ content }) => {
    if (!content.contactPoint) return MISSING;
    return content.contactPoint.isDpo ? answered("Data protection officer", true) : notCollected("contactFunction");
  },
  "contact.details": ({ content }) => orMissing(joinParts([content.contactPoint?.email, content.contactPoint?.phone])),
  "otherParties.involved": ({ input }) =>
    input.incident.otherParties == null ? MISSING : answered(input.incident.otherParties.length > 0),
  "otherParties.roles": ({ input }) => {
    const parties = input.incident.otherParties;
    if (!parties?.length) return NOT_APPLICABLE;
    if (parties.some((party) => !party.role.trim())) return MISSING;
    return answered(parties.map((party) => `${party.name}: ${party.role}`).join("; "));
  },
  "otherParties.names": ({ input }) => {
    const parties = input.incident.otherParties;
    return parties?.length ? answered(parties.map((party) => party.name).join("; ")) : NOT_APPLICABLE;
  },
  "otherParties.contacts": ({ input }) => {
    const parties = input.incident.otherParties;
    if (!parties?.length) return NOT_APPLICABLE;
    if (parties.some((party) => !party.contact?.trim())) return MISSING;
    return answered(parties.map((party) => `${party.name}: ${party.contact?.trim()}`).join("; "));
  },
};
