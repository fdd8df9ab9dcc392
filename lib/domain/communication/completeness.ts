import { deriveConsequences } from "@/lib/domain/notification/consequences";
import { OUT_OF_SCOPE_REASON_EN, outOfScope } from "@/lib/domain/notification/scope";
import type { NotificationInput } from "@/lib/domain/notification/types";

/*
 * What the letter to the people affected still lacks (Art. 34(2): nature, contact point, likely
 * consequences, measures). Same shape as the notification's missing items, so the UI shows both alike.
 */
export interface CommunicationMissingItem {
  id: string;
  field: string;
  message: string;
  requiredFor: "art34" | "hipaa";
  /** What the message names (a heading, the contact, why it is out of scope): the interface words it in the reader's language. */
  values?: Record<string, string>;
}

const blank = (value: string | null | undefined): boolean => value == null || value.trim() === "";

export function checkCommunicationCompleteness(input: NotificationInput): CommunicationMissingItem[] {
  const missing: CommunicationMissingItem[] = [];
  const add = (id: string, field: string, message: string, values?: Record<string, string>) =>
    missing.push({ id, field, message, requiredFor: "art34", ...(values ? { values } : {}) });
  const { organisation, incident } = input;
  const facts = incident.facts ?? {};

  const scope = outOfScope(facts);
  if (scope) {
    // Nothing else matters: there is no letter to complete.
    add(
      "scope",
      "incident.facts.scope",
      `This is not a personal-data breach, so nobody needs to be told. ${OUT_OF_SCOPE_REASON_EN[scope]}`,
      { scope },
    );
    return missing;
  }
  if (blank(organisation.name)) {
    add("organisation.name", "organisation.name", "Add the practice's name: people need to know who is writing to them.");
  }
  if (blank(organisation.contactPoint?.name)) {
    add("contact.name", "organisation.contactPoint.name", "Name the person patients can contact with questions.");
  }
  if (blank(organisation.contactPoint?.email) && blank(organisation.contactPoint?.phone)) {
    add("contact.details", "organisation.contactPoint.phone", "Add a phone number or e-mail address where patients can reach that person.");
  }
  if (!facts.breachTypes || facts.breachTypes.length === 0) {
    add("nature.breachTypes", "incident.facts.breachTypes", "Say what kind of breach it was, so that we can explain it in plain words.");
  }
  if (!facts.dataCategories || facts.dataCategories.length === 0) {
    add(
      "nature.dataCategories",
      "incident.facts.dataCategories",
      "Say which kinds of information were involved, so that people know what is at stake.",
    );
  }
  if (deriveConsequences(facts).length === 0 && blank(incident.likelyConsequences)) {
    add("consequences", "incident.likelyConsequences", "Describe what could happen to the people affected.");
  }
  if (blank(incident.measuresTaken) && blank(incident.measuresProposed)) {
    add("measures", "incident.measuresTaken", "Say what you have done about the breach; people want to know it is being dealt with.");
  }
  if ((incident.regimes ?? []).includes("hipaa")) missing.push(...missingForHipaa(input));
  return missing;
}

/** 45 CFR 164.404(c)(1): what a HIPAA notice must hold beyond the GDPR letter. */
function missingForHipaa(input: NotificationInput): CommunicationMissingItem[] {
  const { organisation, incident } = input;
  const contact = organisation.contactPoint;
  const missing: CommunicationMissingItem[] = [];
  const add = (id: string, field: string, message: string) => missing.push({ id, field, message, requiredFor: "hipaa" });
  if (blank(incident.occurredAt)) {
    add(
      "hipaa.occurredAt",
      "incident.occurredAt",
      "Add the date of the breach, if known: a HIPAA notice gives it beside the date of discovery.",
    );
  }
  if (blank(contact?.tollFreePhone)) {
    add(
      "hipaa.tollFreePhone",
      "organisation.contactPoint.tollFreePhone",
      "Add a toll-free phone number people can call: a HIPAA notice must give one.",
    );
  }
  if (blank(contact?.email) && blank(contact?.website) && blank(organisation.address)) {
    add(
      "hipaa.contact",
      "organisation.contactPoint.email",
      "Add an e-mail address, a website or a postal address besides the toll-free number.",
    );
  }
  if (blank(incident.measuresTaken)) {
    add("hipaa.investigation", "incident.measuresTaken", "Say what you are doing to investigate the breach and limit the harm.");
  }
  if (blank(incident.measuresProposed)) {
    add("hipaa.prevention", "incident.measuresProposed", "Say what you will do to protect against further breaches.");
  }
  return missing;
}

export type SubstituteNotice =
  | { kind: "none" }
  /** 10 or more out of reach: the home page for 90 days or major print or broadcast media, and a toll-free line for 90 days. */
  | { kind: "web_posting_or_media"; postingDays: 90; tollFreeDays: 90 }
  /** Fewer than 10: an alternative written notice, a telephone call or other means. */
  | { kind: "alternative_written_or_phone" };

/** 45 CFR 164.404(d)(2): the substitute notice owed to people whose contact information is insufficient or out of date. */
export function hipaaSubstituteNotice(unreachable: number): SubstituteNotice {
  if (unreachable >= 10) return { kind: "web_posting_or_media", postingDays: 90, tollFreeDays: 90 };
  return unreachable > 0 ? { kind: "alternative_written_or_phone" } : { kind: "none" };
}
