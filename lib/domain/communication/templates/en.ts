import type { CommunicationTemplate } from "./template-types";

export const TEMPLATE_EN: CommunicationTemplate = {
  language: "en",
  subject: "Important information about your personal data at {organisation}",
  salutationNamed: "Dear {name},",
  salutationGeneric: "Dear Sir or Madam,",
  intro: "We are writing to tell you about an incident at {organisation} that concerns your personal information.",
  headings: {
    whatHappened: "What happened",
    information: "Which information is concerned",
    consequences: "What this could mean for you",
    measures: "What we have done",
    planned: "What we will still do",
    advice: "What you can do",
    contact: "If you have questions",
  },
  nature: {
    confidentiality: "Some of your information may have been seen or taken by people who were not allowed to see it.",
    integrity: "Some of your information may have been changed without permission.",
    availability: "For a time, we could not use some of your information, or some of it was lost.",
  },
  narrative: {
    access: {
      confirmed: "Some of your information was seen by people who were not entitled to see it.",
      ruled_out:
        "Some of your information was within reach of people who were not entitled to see it, but as far as " +
        "we can establish, nobody opened it.",
      unknown: "Some of your information may have been seen by people who were not entitled to see it.",
    },
    exfiltration: {
      confirmed: "Some of your information was copied or taken away by people who were not entitled to it.",
      ruled_out: "We have established that it was not copied or taken away.",
      unknown: "We cannot rule out that it was copied.",
    },
    integrity: "Some of your information was changed without permission.",
    integrityUsed: "The changed information was used before we corrected it.",
    integrityNotUsed: "We corrected the changed information before it was used.",
    availability: "For a time, we could not access some of your information.",
    availabilityLost: "Some of your information was lost and cannot be recovered.",
    careDisrupted: "As a result, some appointments or treatments were delayed.",
    system: "System concerned: {systems}",
    occurredOn: "It happened on {occurred}.",
    occurredPeriod: "It lasted from {occurred} to {contained}.",
    occurredOngoing: "It began on {occurred} and has not been fully resolved yet.",
  },
  discoveredOn: "We found out about it on {date}.",
  dataItems: "In detail: {dataItems}",
  informationIntro: "The incident concerns this information about you:",
  dataCategories: {
    identification: "details that identify you",
    contact: "your contact details, such as your phone number and e-mail address",
    credentials: "your user name and password for our online services",
    financial: "your bank or payment details",
    official_id: "identity numbers, such as your social security or passport number",
    location: "information about places you have been",
    behavioural: "information about your habits and preferences",
    communications: "the content of messages between you and us",
    images: "photographs or videos",
    medical_images: "medical images, such as X-rays or scans",
    health: "information about your health, such as diagnoses, treatments or test results",
    genetic: "genetic information",
    biometric: "biometric information, such as fingerprints",
    racial_ethnic: "information about your ethnic origin",
    political: "information about your political opinions",
    religious: "information about your religion or beliefs",
    trade_union: "information about trade union membership",
    sex_life: "information about your sex life or sexual orientation",
    criminal: "information about criminal convictions or offences",
  },
  consequences: {
    loss_of_confidentiality_health: "Other people could learn about your health.",
    disclosure_of_sensitive_data: "Other people could learn very private things about you.",
    identity_fraud: "Someone could pretend to be you, for example to open an account in your name.",
    phishing_and_impersonation: "You could receive fake messages or calls that pretend to come from us.",
    account_takeover: "Someone could try to sign in to your accounts.",
    financial_loss: "Someone could try to take money from your account or use your card.",
    discrimination_or_reputation: "You could be treated unfairly or feel embarrassed if the information is passed on.",
    distress: "You may feel worried about who has seen your information. That is understandable.",
    disrupted_care: "Some appointments or treatments could be delayed.",
    incorrect_records: "Some of your records may be wrong until we have checked them.",
    permanent_data_loss: "Some of your records are lost and cannot be recovered.",
  },
  measuresIntro: "As soon as we found out, we took action:",
  advice: {
    change_password: "Change your password for our online services. If you use the same password elsewhere, change it there too.",
    watch_phishing:
      "Be careful with e-mails, text messages and calls that say they come from us. We will never ask you " +
      "for a password or bank details. If in doubt, hang up and call us on the number you know.",
    watch_bank_statements:
      "Check your bank statements over the coming months. Tell your bank at once if you see a payment you do not recognise.",
    identity_fraud:
      "Watch for letters about loans, contracts or accounts you did not ask for. If that happens, tell the " +
      "police and the company concerned. You can also ask for a new identity document.",
    health_information:
      "The information may show details of your health or treatment. If this worries you or you would like " +
      "to talk about it, contact us. We will take the time to answer your questions.",
    continuity_of_care: "If you have an appointment or need a prescription soon, call us so that we can make sure your care continues.",
  },
  contact: "Contact {contactName}: {contactDetails}.",
  closing: "We are sorry that this has happened and for the worry it may cause you.",
  signOff: "Kind regards,\n{organisation}",
  hipaa: {
    healthPlanStep:
      "Review the explanation of benefits statements you receive from your health plan. If one shows a " +
      "service you did not receive, contact the health plan at once.",
    contactIntro: "To ask questions or learn more, you can:",
    tollFree: "call us toll-free at {tollFree}",
    email: "write to {email}",
    website: "visit {website}",
    postal: "write to us at {postalAddress}",
    postedFor90Days: "This notice stays on the home page of our website for 90 days.",
    tollFreeFor90Days:
      "To find out whether your information is involved, call our toll-free number {tollFree}. It stays in service for at least 90 days.",
  },
  public: {
    subject: "Notice about a personal data incident at {organisation}",
    title: "Notice about a personal data incident at {organisation}",
    intro:
      "{organisation} had an incident that concerns personal information. We cannot reach everyone " +
      "concerned in person, so we are publishing this notice.",
    concerns: "The incident concerns {groups}.",
    subjectGroups: {
      patients: "patients",
      children: "children",
      employees: "employees",
      customers: "customers",
      job_applicants: "job applicants",
      students: "students",
      vulnerable_adults: "vulnerable adults",
      other: "other people",
    },
    ifConcerned: "If you are one of them, this notice explains what happened and what you can do.",
  },
};
