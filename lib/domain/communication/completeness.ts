import { deriveConsequences } from "@/lib/domain/notification/consequences";
import type { NotificationInput } from "@/lib/domain/notification/types";

/*
 * What the letter to the people affected still lacks (Art. 34(2): nature, contact point, likely
 * consequences, measures). Same shape as the notification's missing items, so the UI shows both alike.
 */
export interface CommunicationMissingItem {
  id: string;
  field: string;
  message: string;
  requiredFor: "art34";
}

const blank = (value: string | null | undefined): boolean => value == null || value.trim() === "";

export function checkCommunicationCompleteness(input: NotificationInput): CommunicationMissingItem[] {
  const missing: CommunicationMissingItem[] = [];
  const add = (id: string, field: string, message: string) => missing.push({ id, field, message, requiredFor: "art34" });
  const { organisation, incident } = input;
  const facts = incident.facts ?? {};

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
    add("nature.dataCategories", "incident.facts.dataCategories", "Say which kinds of information were involved, so that people know what is at stake.");
  }
  if (deriveConsequences(facts).length === 0 && blank(incident.likelyConsequences)) {
    add("consequences", "incident.likelyConsequences", "Describe what could happen to the people affected.");
  }
  if (blank(incident.measuresTaken) && blank(incident.measuresProposed)) {
    add("measures", "incident.measuresTaken", "Say what you have done about the breach; people want to know it is being dealt with.");
  }
  return missing;
}
