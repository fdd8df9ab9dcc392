import { isGermanLand } from "@/lib/domain/organisation/regions";
import type { NotificationSectionId } from "./sections";
import { notificationLateness } from "./timing";
import { deriveConsequences, consequenceReasons } from "./consequences";
import { outOfScope } from "./scope";
import type { NotificationInput } from "./types";

/*
 * What is still missing before the notification can be filed. Messages are for a practice manager, not a
 * lawyer: they say what to add and, where it helps, that an estimate is enough (Art. 33(4) allows phases).
 * "art33" items are the minimum content of Art. 33(3) (or the reasons for delay of Art. 33(1));
 * "template" items are what the EDPB common template and the national forms ask on top of it.
 */
export interface MissingItem {
  id: string;
  section: NotificationSectionId;
  /** Dotted path in NotificationInput of the value to fill in. */
  field: string;
  message: string;
  requiredFor: "art33" | "template";
}

const blank = (value: string | null | undefined): boolean => value == null || value.trim() === "";

export function checkCompleteness(input: NotificationInput, now?: string | Date): MissingItem[] {
  const missing: MissingItem[] = [];
  const add = (item: MissingItem) => missing.push(item);
  const { organisation, incident } = input;
  const contact = organisation.contactPoint;
  const facts = incident.facts ?? {};
  const types = facts.breachTypes ?? [];
  if (outOfScope(facts)) {
    // Nothing to notify: asking for notification content would suggest otherwise.
    add({
      id: "scope",
      section: "nature",
      field: "incident.facts.scope",
      requiredFor: "template",
      message: "This is not a personal-data breach, so there is nothing to notify. The register keeps the incident with the reason.",
    });
    return missing;
  }

  // Art. 33(3) minimum content.
  if (blank(organisation.name)) {
    add({
      id: "organisation.name",
      section: "controller",
      field: "organisation.name",
      requiredFor: "art33",
      message: "Add the practice's name as it should appear on the notification.",
    });
  }
  if (blank(contact?.name)) {
    add({
      id: "contact.name",
      section: "controller",
      field: "organisation.contactPoint.name",
      requiredFor: "art33",
      message: "Who should the authority contact about this breach? Add your data protection officer or another contact person.",
    });
  }
  if (blank(contact?.email) && blank(contact?.phone)) {
    add({
      id: "contact.details",
      section: "controller",
      field: "organisation.contactPoint.email",
      requiredFor: "art33",
      message: "Add an e-mail address or a phone number where the authority can reach the contact person.",
    });
  }
  if (blank(incident.description)) {
    add({
      id: "nature.description",
      section: "nature",
      field: "incident.description",
      requiredFor: "art33",
      message: "Describe in a few sentences what happened, in your own words.",
    });
  }
  if (types.length === 0) {
    add({
      id: "nature.breachTypes",
      section: "nature",
      field: "incident.facts.breachTypes",
      requiredFor: "art33",
      message:
        "Say what kind of breach it was: information seen by someone who should not have seen it, information " +
        "changed, or information lost or unavailable.",
    });
  }
  if (!facts.dataCategories || facts.dataCategories.length === 0) {
    add({
      id: "nature.dataCategories",
      section: "nature",
      field: "incident.facts.dataCategories",
      requiredFor: "art33",
      message: "Say which kinds of information were involved (for example names, contact details, medical records).",
    });
  }
  if (!facts.subjects?.categories || facts.subjects.categories.length === 0) {
    add({
      id: "nature.subjectCategories",
      section: "nature",
      field: "incident.facts.subjects.categories",
      requiredFor: "art33",
      message: "Say which groups of people are affected (for example patients, staff).",
    });
  }
  if (facts.subjects?.count == null) {
    add({
      id: "nature.subjectCount",
      section: "nature",
      field: "incident.facts.subjects.count",
      requiredFor: "art33",
      message: "We don't know yet how many patients or other people are affected — an estimate is enough.",
    });
  }
  if (facts.records == null) {
    add({
      id: "nature.records",
      section: "nature",
      field: "incident.facts.records",
      requiredFor: "art33",
      message: "We don't know yet how many records are involved — an estimate is enough.",
    });
  }
  const canDeriveConsequences = deriveConsequences(facts).length > 0 || consequenceReasons(input.assessment).length > 0;
  if (blank(incident.likelyConsequences) && !canDeriveConsequences) {
    add({
      id: "consequences.text",
      section: "consequences",
      field: "incident.likelyConsequences",
      requiredFor: "art33",
      message: "Describe what could happen to the people affected, or complete the breach facts so that Breachdesk can suggest it.",
    });
  }
  if (blank(incident.measuresTaken) && blank(incident.measuresProposed)) {
    add({
      id: "measures",
      section: "measures",
      field: "incident.measuresTaken",
      requiredFor: "art33",
      message: "Say what you have done, or plan to do, to stop the breach and to limit the harm to the people affected.",
    });
  }
  if (notificationLateness(input, now).late && blank(input.lateReasons)) {
    add({
      id: "delay.reasons",
      section: "notification_type",
      field: "lateReasons",
      requiredFor: "art33",
      message: "The notification comes more than 72 hours after you became aware of the breach. Explain why it was delayed.",
    });
  }

  // In Germany the Land decides the authority (§ 40 BDSG): without it there is no one to notify, so it is asked first.
  if (organisation.country?.trim().toUpperCase() === "DE" && !isGermanLand(organisation.region?.trim().toUpperCase() ?? "")) {
    add({
      id: "organisation.region",
      section: "controller",
      field: "organisation.region",
      requiredFor: "art33",
      message: "Add the Land where the practice is established (for example Bayern): it decides which German authority to notify.",
    });
  }

  // What the EDPB template and the national forms add.
  if (blank(organisation.country)) {
    add({
      id: "organisation.country",
      section: "controller",
      field: "organisation.country",
      requiredFor: "template",
      message: "Add the country where the practice is established: it decides which authority to notify.",
    });
  }
  if (blank(organisation.address)) {
    add({
      id: "organisation.address",
      section: "controller",
      field: "organisation.address",
      requiredFor: "template",
      message: "Add the practice's postal address.",
    });
  }
  if (blank(incident.occurredAt)) {
    add({
      id: "timeline.occurredAt",
      section: "nature",
      field: "incident.occurredAt",
      requiredFor: "template",
      message: "When did the breach happen? An approximate date and time is fine.",
    });
  }
  if (blank(incident.discoveredAt)) {
    add({
      id: "timeline.discoveredAt",
      section: "nature",
      field: "incident.discoveredAt",
      requiredFor: "template",
      message: "When was the breach discovered?",
    });
  }
  if (blank(incident.howDiscovered)) {
    add({
      id: "timeline.howDiscovered",
      section: "nature",
      field: "incident.howDiscovered",
      requiredFor: "template",
      message: "How did you find out about the breach (for example a patient told you, or your IT provider noticed it)?",
    });
  }
  if (incident.ongoing == null) {
    add({
      id: "timeline.ongoing",
      section: "nature",
      field: "incident.ongoing",
      requiredFor: "template",
      message: "Is the breach still going on, or has it been stopped?",
    });
  } else if (incident.ongoing === false && blank(incident.containedAt)) {
    add({
      id: "timeline.containedAt",
      section: "nature",
      field: "incident.containedAt",
      requiredFor: "template",
      message: "When was the breach stopped?",
    });
  }
  if (facts.cause == null) {
    add({
      id: "nature.cause",
      section: "nature",
      field: "incident.facts.cause",
      requiredFor: "template",
      message: "Was it done on purpose, was it an accident, or do you not know yet?",
    });
  }
  if (types.includes("confidentiality") && facts.confidentiality == null) {
    add({
      id: "nature.confidentiality",
      section: "nature",
      field: "incident.facts.confidentiality",
      requiredFor: "template",
      message: "Who could have seen the information, and was it copied or taken away?",
    });
  }
  if (types.includes("availability") && facts.availability == null) {
    add({
      id: "nature.availability",
      section: "nature",
      field: "incident.facts.availability",
      requiredFor: "template",
      message: "Was there a backup, and when could the records be used again?",
    });
  }
  if (types.includes("integrity") && facts.integrity == null) {
    add({
      id: "nature.integrity",
      section: "nature",
      field: "incident.facts.integrity",
      requiredFor: "template",
      message: "Can the records that were changed be put right?",
    });
  }
  if (facts.encryption == null) {
    add({
      id: "protection.encryption",
      section: "nature",
      field: "incident.facts.encryption",
      requiredFor: "template",
      message: "Was the information encrypted?",
    });
  }
  if (facts.identifiability == null) {
    add({
      id: "protection.identifiability",
      section: "nature",
      field: "incident.facts.identifiability",
      requiredFor: "template",
      message: "Can the people be recognised directly from the information (for example by name)?",
    });
  }
  if (input.assessment == null) {
    add({
      id: "consequences.assessment",
      section: "consequences",
      field: "assessment",
      requiredFor: "template",
      message: "Run the risk assessment so that the notification can state how serious the risk is.",
    });
  }
  if (blank(incident.measuresTaken) && !blank(incident.measuresProposed)) {
    add({
      id: "measures.taken",
      section: "measures",
      field: "incident.measuresTaken",
      requiredFor: "template",
      message: "Say what you have already done about the breach.",
    });
  }
  if (blank(incident.measuresProposed) && !blank(incident.measuresTaken)) {
    add({
      id: "measures.proposed",
      section: "measures",
      field: "incident.measuresProposed",
      requiredFor: "template",
      message: "Say what you will change so that it does not happen again.",
    });
  }
  if (!(incident.preventionMeasures ?? []).includes("audits")) {
    // A weakness seldom sits in one place; the Czech authority (ÚOOÚ) sanctioned a clinic that fixed only the system that failed.
    add({
      id: "measures.otherSystems",
      section: "measures",
      field: "incident.preventionMeasures",
      requiredFor: "template",
      message:
        "Check your other systems (other computers, mailboxes, shared folders, your providers' services) for " +
        "the same weakness, then tick “Regular audits” among the measures to prevent a repeat and say what " +
        "you found.",
    });
  }
  if (input.communication == null) {
    add({
      id: "communication.status",
      section: "communication",
      field: "communication.status",
      requiredFor: "template",
      message: "Say whether the people affected have been told, or will be told.",
    });
  }
  if (incident.crossBorder == null) {
    add({
      id: "crossBorder",
      section: "controller",
      field: "incident.crossBorder.involved",
      requiredFor: "template",
      message: "Say whether people in other countries are affected, or whether the processing is shared across countries.",
    });
  }
  return missing;
}
