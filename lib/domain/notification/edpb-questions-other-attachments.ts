import { YES_NO_UNKNOWN, defineQuestions } from "./edpb-template-types";

/* EDPB template, sections 6 (other authorities, cross-border processing, controllers outside the EEA) and 7
   (attachments): rows 109-126. Wording is ours; see the provenance note in edpb-template-types.ts.
   Rows 118 and 123 are a pick-list of every EEA supervisory authority in the template; here they take the
   authorities' names as text, since Breachdesk keeps authorities by id or country code. */
export const QUESTIONS_OTHER_ATTACHMENTS = defineQuestions([
  // 6.1 Other authorities or bodies told
  { id: "other.police", edpbField: 109, edpbSection: "6.1", mandatory: "no", answerType: "single_choice",
    question: "Has the incident been reported to the police or a prosecutor as a crime?", options: YES_NO_UNKNOWN },
  { id: "other.otherAuthorities", edpbField: 110, edpbSection: "6.1", mandatory: "no", answerType: "single_choice",
    question: "Has it been reported to other authorities under other laws (e.g. a cyber-security centre)?", options: YES_NO_UNKNOWN },
  { id: "other.otherAuthoritiesDetails", edpbField: 111, edpbSection: "6.1", mandatory: "conditional", answerType: "long_text",
    question: "Which authorities or bodies, and under which case numbers?" },
  // 6.2 Cross-border processing (asked of controllers established in the EEA)
  { id: "crossBorder.involved", edpbField: 113, edpbSection: "6.2", mandatory: "yes", answerType: "single_choice",
    gdpr: "Art. 56", question: "Does the breach involve cross-border processing?", options: YES_NO_UNKNOWN },
  { id: "crossBorder.leadAuthority", edpbField: 114, edpbSection: "6.2", mandatory: "conditional", answerType: "text",
    gdpr: "Art. 56", question: "Which is the lead supervisory authority?" },
  { id: "crossBorder.establishmentCountries", edpbField: 115, edpbSection: "6.2", mandatory: "conditional", answerType: "text",
    gdpr: "Art. 56", question: "In which EEA countries does the organisation have an establishment?" },
  { id: "crossBorder.subjectCountries", edpbField: 116, edpbSection: "6.2", mandatory: "conditional", answerType: "text",
    gdpr: "Art. 56", question: "In which EEA countries do the people concerned live?" },
  { id: "crossBorder.subjectsPerCountry", edpbField: 117, edpbSection: "6.2", mandatory: "conditional", answerType: "text",
    gdpr: "Art. 56", question: "About how many people are concerned in each of those countries?" },
  { id: "crossBorder.authoritiesNotified", edpbField: 118, edpbSection: "6.2", mandatory: "conditional", answerType: "text",
    gdpr: "Art. 56", question: "Which EEA supervisory authorities have been or will be told?" },
  // 6.3 Controller established outside the EEA
  { id: "outsideEea.gdprApplies", edpbField: 120, edpbSection: "6.3", mandatory: "yes", answerType: "single_choice",
    gdpr: "Art. 3(2)", question: "Does the breach involve processing to which the GDPR applies, by this organisation established outside the EEA?",
    options: YES_NO_UNKNOWN },
  { id: "outsideEea.subjectCountries", edpbField: 121, edpbSection: "6.3", mandatory: "conditional", answerType: "text",
    gdpr: "Art. 3(2)", question: "In which EEA countries do the people concerned live?" },
  { id: "outsideEea.subjectsPerCountry", edpbField: 122, edpbSection: "6.3", mandatory: "conditional", answerType: "text",
    gdpr: "Art. 3(2)", question: "About how many people are concerned in each of those countries?" },
  { id: "outsideEea.authoritiesNotified", edpbField: 123, edpbSection: "6.3", mandatory: "conditional", answerType: "text",
    gdpr: "Art. 3(2)", question: "Which EEA supervisory authorities have been or will be told?" },
  // 7 Attachments
  { id: "attachments.kinds", edpbField: 125, edpbSection: "7", mandatory: "no", answerType: "multi_choice",
    question: "Which documents are attached to this notification?",
    options: [
      { value: "communication_copy", label: "Dated copy of the message to the people concerned" },
      { value: "risk_assessment", label: "Dated copy of the risk assessment" },
      { value: "investigation_report", label: "Dated copy of the investigation report (cyber incidents)" },
      { value: "ransom_note", label: "Dated copy of the ransom note" },
      { value: "phishing_message", label: "Dated copy of the phishing message" },
      { value: "notification_procedure", label: "Dated copy of the internal breach notification procedure" },
      { value: "deletion_policy", label: "Dated copy of the internal policy on deleting outdated data" },
      { value: "wrong_recipient_message", label: "Dated copy of the message to the wrong recipients" },
      { value: "external_report", label: "Dated copy of the outside report of the breach" },
      { value: "other", label: "Other" },
    ] },
  { id: "attachments.other", edpbField: 126, edpbSection: "7", mandatory: "conditional", answerType: "text",
    question: "What other documents are attached?" },
]);
