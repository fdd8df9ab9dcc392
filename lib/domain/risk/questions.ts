import type { BreachType } from "@/lib/schemas/breach-facts";

/**
 * The guided questionnaire: one plain question per breach fact, the legal term shown beside it, answers in
 * plain words, and why the answer matters. Pure data for the intake form; the answers fill the facts of
 * docs/INTERFACES.md section 3 (`field` is the dotted path inside `facts`).
 */
export interface AnswerOption {
  /** The value stored in the facts (a string id or a boolean). */
  value: string | boolean;
  label: string;
  hint?: string;
}

export type AnswerKind = "single" | "multiple" | "yes_no" | "count" | "hours_or_not_yet";

export interface FactQuestion {
  field: string;
  question: string;
  legalTerm: string;
  answer: AnswerKind;
  options: AnswerOption[];
  whyItMatters: string;
  /** Asked only when this kind of breach applies. */
  onlyFor?: BreachType;
}

const yesNo = (yes: string, no: string): AnswerOption[] => [
  { value: true, label: yes },
  { value: false, label: no },
];

export const FACT_QUESTIONS: readonly FactQuestion[] = [
  {
    field: "role",
    question: "Is the data the practice's own, or do you handle it on behalf of someone else?",
    legalTerm: "Controller or processor (GDPR Art. 4(7) and 4(8))",
    answer: "single",
    options: [
      { value: "controller", label: "Our own (our patients, our staff)" },
      {
        value: "processor",
        label: "We handle it for another organisation",
        hint: "For example a lab or billing service working for others.",
      },
    ],
    whyItMatters:
      "Whoever decides about the data notifies the authority. A service provider tells that organisation instead, straight away.",
  },
  {
    field: "breachTypes",
    question: "What happened to the data? Choose all that apply.",
    legalTerm: "Confidentiality, integrity and availability breach",
    answer: "multiple",
    options: [
      {
        value: "confidentiality",
        label: "Someone who should not have seen it could see it",
        hint: "Sent to the wrong person, stolen, hacked, left open.",
      },
      { value: "integrity", label: "It was changed or corrupted" },
      { value: "availability", label: "We could not get to it, or it is gone", hint: "Ransomware, a lost only copy, an outage." },
    ],
    whyItMatters: "Each kind of breach harms people differently: exposure, wrong records, or missing records.",
  },
  {
    field: "cause",
    question: "Was it an accident, or did someone do it on purpose?",
    legalTerm: "Cause of the breach (malicious intent)",
    answer: "single",
    options: [
      { value: "accidental", label: "An accident or mistake" },
      { value: "malicious", label: "On purpose (theft, hacking, an insider)" },
      { value: "unknown", label: "We don't know yet" },
    ],
    whyItMatters: "When someone acted on purpose, the data is more likely to be misused.",
  },
  {
    field: "dataCategories",
    question: "What kind of information was involved? Choose all that apply.",
    legalTerm: "Categories of personal data (special categories: GDPR Art. 9 and 10)",
    answer: "multiple",
    options: [
      { value: "identification", label: "Names, addresses, dates of birth" },
      { value: "contact", label: "Phone numbers, e-mail addresses" },
      { value: "health", label: "Anything medical: diagnoses, results, prescriptions" },
      { value: "financial", label: "Bank or payment details, invoices" },
      { value: "official_id", label: "National ID, passport or social security numbers" },
      { value: "credentials", label: "Log-in names and passwords" },
      { value: "communications", label: "The content of messages or e-mails" },
      { value: "medical_images", label: "Medical images: X-rays, scans, clinical photos" },
      { value: "location", label: "Where someone is or has been" },
      { value: "behavioural", label: "Habits, preferences, lifestyle" },
      { value: "images", label: "Ordinary photos or video (not medical images)" },
      { value: "genetic", label: "Genetic test results" },
      { value: "biometric", label: "Fingerprints, face scans used to identify someone" },
      { value: "sex_life", label: "Sex life or sexual orientation" },
      { value: "racial_ethnic", label: "Racial or ethnic origin" },
      { value: "religious", label: "Religious or philosophical beliefs" },
      { value: "political", label: "Political opinions" },
      { value: "trade_union", label: "Trade-union membership" },
      { value: "criminal", label: "Criminal convictions or offences" },
    ],
    whyItMatters: "Medical and other sensitive information can lead to discrimination or distress; bank details and ID numbers to fraud.",
  },
  {
    field: "scope",
    question: "Is the data about living people?",
    legalTerm: "Personal data (GDPR Art. 4(1); deceased persons, Recital 27)",
    answer: "single",
    options: [
      { value: "personal_data", label: "Yes, at least some of them are alive" },
      { value: "deceased_only", label: "No, only about people who have died" },
      { value: "no_personal_data", label: "No real person: invented or test data only" },
    ],
    whyItMatters:
      "The GDPR protects living people only. If no living person's data was involved, nothing needs to be " +
      "notified, though medical secrecy may still apply.",
  },
  {
    field: "subjects.count",
    question: "About how many people are affected?",
    legalTerm: "Approximate number of data subjects (GDPR Art. 33(3)(a))",
    answer: "count",
    options: [],
    whyItMatters: "The more people, the more likely some are harmed; the authority asks for this number.",
  },
  {
    field: "subjects.categories",
    question: "Who are these people? Choose all that apply.",
    legalTerm: "Categories of data subjects",
    answer: "multiple",
    options: [
      { value: "patients", label: "Patients" },
      { value: "children", label: "Children" },
      { value: "vulnerable_adults", label: "Vulnerable adults", hint: "For example people in care or under guardianship." },
      { value: "employees", label: "Staff" },
      { value: "job_applicants", label: "Job applicants" },
      { value: "customers", label: "Customers" },
      { value: "students", label: "Students or trainees" },
      { value: "other", label: "Someone else" },
    ],
    whyItMatters: "Children and vulnerable people need more protection; being a patient already says something about someone's health.",
  },
  {
    field: "records",
    question: "About how many records or documents are affected, if you know?",
    legalTerm: "Approximate number of personal data records (GDPR Art. 33(3)(a))",
    answer: "count",
    options: [],
    whyItMatters: "The authority asks for it; it helps measure the scale of the breach.",
  },
  {
    field: "identifiability",
    question: "Could someone tell who the people are from the data itself?",
    legalTerm: "Ease of identification (pseudonymisation, GDPR Art. 4(5))",
    answer: "single",
    options: [
      { value: "direct", label: "Yes, names or ID numbers are in it" },
      { value: "indirect", label: "Not directly, but details like birth date and postcode would point to them" },
      { value: "pseudonymised", label: "No: only codes, and the list linking codes to people was not exposed" },
    ],
    whyItMatters: "Data that cannot be linked to a person is much less likely to harm anyone.",
  },
  {
    field: "encryption",
    question: "Was it encrypted, and is the key safe?",
    legalTerm: "Encryption and unintelligibility (GDPR Art. 34(3)(a))",
    answer: "single",
    options: [
      { value: "none", label: "No encryption, or paper" },
      {
        value: "weak",
        label: "Encrypted, but weakly, or the password or key was exposed too",
        hint: "A password on a sticky note counts as exposed.",
      },
      {
        value: "state_of_the_art",
        label: "Strongly encrypted and the key or password is safe",
        hint: "For example full-disk encryption on a laptop that was switched off, or passwords stored strongly hashed and salted.",
      },
    ],
    whyItMatters: "If nobody can read the data, its exposure is unlikely to harm anyone, and the people need not be told.",
  },
  {
    field: "confidentiality.recipients",
    question: "Could anyone outside the practice have seen the data? Who?",
    legalTerm: "Recipients of the disclosed data",
    answer: "single",
    onlyFor: "confidentiality",
    options: [
      { value: "public", label: "Anyone: it was on the internet or in a public place" },
      { value: "unknown", label: "We don't know who (for example a thief or hacker)" },
      { value: "known_untrusted", label: "A person we know, such as another patient who received the wrong letter" },
      {
        value: "known_trusted",
        label: "A professional bound to confidentiality who confirmed deleting it",
        hint: "For example another doctor's practice or our own lab, with the deletion confirmed in writing.",
      },
    ],
    whyItMatters: "Data in unknown hands can be copied and misused; a trusted recipient who deleted it leaves little risk.",
  },
  {
    field: "confidentiality.access",
    question: "Could anyone have seen or opened it?",
    legalTerm: "Unauthorised access or disclosure (GDPR Art. 4(12))",
    answer: "single",
    onlyFor: "confidentiality",
    options: [
      { value: "confirmed", label: "Yes, someone saw or opened it" },
      { value: "unknown", label: "We can't tell" },
      { value: "ruled_out", label: "No: it came back unopened, or logs prove nobody opened it" },
    ],
    whyItMatters: "Seeing the data is already a disclosure, even if nothing was copied. Only proof that nobody saw it can lower the risk.",
  },
  {
    field: "confidentiality.recipientCouldHarm",
    question: "Does the person who saw it know the patients, for example as their employer, family, neighbour or insurer?",
    legalTerm: "Recipient able to harm the people (GDPR Recital 85)",
    answer: "yes_no",
    onlyFor: "confidentiality",
    options: yesNo("Yes, or it could be", "No"),
    whyItMatters:
      "Medical details in the hands of someone who knows the person can cost them their job, their reputation or their insurance.",
  },
  {
    field: "confidentiality.exfiltration",
    question: "Was data actually taken or copied?",
    legalTerm: "Exfiltration",
    answer: "single",
    onlyFor: "confidentiality",
    options: [
      { value: "confirmed", label: "Yes, we know it was taken" },
      { value: "unknown", label: "We can't tell" },
      { value: "ruled_out", label: "No: logs or an investigation prove nothing left" },
    ],
    whyItMatters: "If it is proven that nothing was taken, the exposure itself is unlikely to harm anyone.",
  },
  {
    field: "availability.backup",
    question: "Did you have a working backup of the data?",
    legalTerm: "Backup (restoring availability, GDPR Art. 32(1)(c))",
    answer: "yes_no",
    onlyFor: "availability",
    options: yesNo("Yes", "No"),
    whyItMatters: "With a backup the data can come back quickly; without one it may have to be rebuilt or is gone.",
  },
  {
    field: "availability.restoredWithinHours",
    question: "How many hours did it take to get the data back?",
    legalTerm: "Duration of the loss of availability",
    answer: "hours_or_not_yet",
    onlyFor: "availability",
    options: [],
    whyItMatters: "A few hours usually harms no one; longer, and appointments or treatment can be delayed.",
  },
  {
    field: "availability.permanentLoss",
    question: "Is any of the data lost for good?",
    legalTerm: "Permanent loss (destruction) of personal data",
    answer: "yes_no",
    onlyFor: "availability",
    options: yesNo("Yes, some of it cannot be recovered", "No"),
    whyItMatters: "Lost medical history can affect future care.",
  },
  {
    field: "availability.careDisrupted",
    question: "Were appointments cancelled or treatment delayed because of it?",
    legalTerm: "Consequences of the loss of availability (physical harm, GDPR Recital 75)",
    answer: "yes_no",
    onlyFor: "availability",
    options: yesNo("Yes", "No"),
    whyItMatters:
      "Until you know, the assessment assumes care could have been delayed. If nothing was delayed and the " +
      "data came back quickly, there may be no risk.",
  },
  {
    field: "integrity.recoverable",
    question: "Can the correct version of the changed data be recovered?",
    legalTerm: "Integrity breach: recoverability",
    answer: "yes_no",
    onlyFor: "integrity",
    options: yesNo("Yes, we can restore the correct data", "No, or we are not sure"),
    whyItMatters: "Wrong records, such as a changed medication, can lead to wrong treatment until they are corrected.",
  },
  {
    field: "integrity.usedBeforeCorrection",
    question: "Were decisions or treatment based on the wrong data before it was corrected?",
    legalTerm: "Integrity breach: consequences (physical harm, GDPR Recital 75)",
    answer: "yes_no",
    onlyFor: "integrity",
    options: yesNo("Yes, or we are not sure", "No"),
    whyItMatters: "If someone was treated on wrong results, the harm may be done even once the right data is back.",
  },
  {
    field: "mitigation.dataRetrievedOrDeleted",
    question: "Did you get the data back, or was it deleted, before anyone could misuse it?",
    legalTerm: "Mitigating measures (GDPR Art. 33(3)(d))",
    answer: "yes_no",
    options: yesNo("Yes, retrieved or deleted (confirmed)", "No, or we don't know"),
    whyItMatters: "Getting the data back from a known recipient lowers the risk; with unknown recipients copies may remain.",
  },
  {
    field: "mitigation.highRiskNoLongerLikely",
    question: "Since the breach, have you done something that makes serious harm no longer likely?",
    legalTerm: "Subsequent measures (GDPR Art. 34(3)(b))",
    answer: "yes_no",
    options: yesNo("Yes", "No"),
    whyItMatters: "If serious harm is no longer likely, the people need not be told individually; the authority is still notified.",
  },
  {
    field: "mitigation.individualContactDisproportionate",
    question: "Would contacting each person take disproportionate effort, for example because you have no contact details?",
    legalTerm: "Disproportionate effort (GDPR Art. 34(3)(c))",
    answer: "yes_no",
    options: yesNo("Yes", "No"),
    whyItMatters: "Then a public notice that reaches them as well replaces individual messages.",
  },
];
