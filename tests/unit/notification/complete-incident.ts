import type { NotificationInput } from "@/lib/domain/notification/types";

/*
 * A fully documented incident at a Paris practice: a processor's server was hacked and 5,300 patients'
 * records were put online. Awareness at 23:30 Paris time on Friday 27 March 2026 (22:30 UTC), so the
 * 72-hour deadline is 30 March 22:30 UTC, across the DST change of 29 March.
 * Each call returns a fresh object, so tests can delete parts of it freely.
 */
export const AWARE_AT = "2026-03-27T22:30:00.000Z";
/** Before the deadline: a notification prepared now is on time. */
export const ON_TIME = "2026-03-29T10:00:00.000Z";
/** After the deadline. */
export const LATE = "2026-04-02T09:00:00.000Z";

export function completeIncident(): NotificationInput {
  return {
    organisation: {
      name: "Cabinet médical des Lilas",
      country: "FR",
      address: "12 rue des Lilas, 75019 Paris",
      registrationId: "123 456 789 00012",
      contactPoint: { name: "Claire Martin", email: "dpo@cabinet-lilas.fr", phone: "+33 1 23 45 67 89", isDpo: true },
    },
    incident: {
      reference: "BD-2026-007",
      title: "Patient records exposed by the booking provider",
      description: "The booking provider's server was hacked and an export of patient records was published online.",
      occurredAt: "2026-03-26T02:00:00.000Z",
      discoveredAt: "2026-03-27T21:45:00.000Z",
      awareAt: AWARE_AT,
      timeZone: "Europe/Paris",
      howDiscovered: "The booking provider called us after its monitoring flagged the leak.",
      discoveredBy: "processor",
      incidentType: "hacking_malware",
      causeOrigin: "external",
      systemsInvolved: "Online booking platform run by the processor, hosted in France.",
      measuresInPlace: "Access control with two-factor authentication; daily backups.",
      otherParties: [{ name: "RDV Santé SAS", role: "processor", contact: "securite@rdv-sante.example" }],
      reportedToPolice: true,
      otherAuthoritiesNotified: "Complaint filed with the Paris police, case 2026-0412.",
      ongoing: false,
      containedAt: "2026-03-28T08:00:00.000Z",
      facts: {
        role: "controller",
        breachTypes: ["confidentiality"],
        cause: "malicious",
        dataCategories: ["identification", "contact", "health"],
        subjects: { count: 5300, categories: ["patients"] },
        records: 5300,
        identifiability: "direct",
        encryption: "none",
        confidentiality: { recipients: "public", exfiltration: "confirmed" },
        availability: null,
        integrity: null,
        mitigation: { dataRetrievedOrDeleted: false, highRiskNoLongerLikely: false, individualContactDisproportionate: false },
      },
      likelyConsequences: "Patients' health information may be known to anyone who downloaded the file.",
      measuresTaken: "The file was taken offline and the provider's server was isolated.",
      measuresProposed: "Encrypt exports and review the provider's security every year.",
      preventionMeasures: ["encryption", "audits"],
      crossBorder: { involved: false },
    },
    assessment: {
      riskLevel: "high",
      notifyAuthority: true,
      communicateSubjects: true,
      publicCommunicationInstead: false,
      exemptions: [],
      reasons: [
        { factor: "special_category_data", effect: "raises", explanation: "Health data of patients was exposed." },
        { factor: "recipients", effect: "raises", explanation: "The data was published on the internet." },
      ],
      decision: {
        authority: { decision: "notify", rationale: "High risk to patients.", overridden: false },
        subjects: { decision: "communicate", rationale: "High risk, no exemption.", overridden: false },
      },
    },
    filings: [],
    lateReasons: null,
    communication: {
      status: "sent",
      sentAt: "2026-03-29T09:00:00.000Z",
      channel: "email",
      allInformed: true,
      content: "We wrote to every patient concerned.",
    },
  };
}
