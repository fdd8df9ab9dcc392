import type { BreachFacts } from "@/lib/schemas/breach-facts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const noMitigation = { dataRetrievedOrDeleted: false, highRiskNoLongerLikely: false, individualContactDisproportionate: false };

export interface DemoIncident {
  title: string;
  description: string;
  /** Offsets from now, so the clocks of the demo are always running. */
  occurredAgo: number;
  discoveredAgo: number;
  awareAgo: number;
  state: string;
  facts: BreachFacts;
  discoveryMethod: string;
  containment: string;
}

/** Sample incidents in every state, drawn from the cases medical practices meet most. */
export const demoIncidents: DemoIncident[] = [
  {
    title: "Imaging server reachable from the internet",
    description:
      "Our X-ray image server was reachable from the internet without a password for about four months. It " +
      "holds scans of about 5,300 patients with their names and dates of birth. The files were not " +
      "encrypted.",
    occurredAgo: 120 * DAY,
    discoveredAgo: 30 * HOUR,
    awareAgo: 26 * HOUR,
    state: "under_assessment",
    discoveryMethod: "A patient told us she had found her own scan through a search engine.",
    containment: "The server was disconnected from the internet the same evening.",
    facts: {
      role: "controller",
      breachTypes: ["confidentiality"],
      cause: "accidental",
      dataCategories: ["identification", "health", "images"],
      subjects: { count: 5300, categories: ["patients"] },
      records: 5300,
      identifiability: "direct",
      encryption: "none",
      confidentiality: { recipients: "public", exfiltration: "unknown" },
      availability: null,
      integrity: null,
      mitigation: noMitigation,
    },
  },
  {
    title: "Lab results sent to the wrong patient",
    description: "Blood test results of one patient were e-mailed to another patient with a similar name.",
    occurredAgo: 3 * DAY,
    discoveredAgo: 2 * DAY,
    awareAgo: 2 * DAY,
    state: "reported",
    discoveryMethod: "The recipient phoned the practice.",
    containment: "The recipient confirmed by e-mail that she deleted the message.",
    facts: {
      role: "controller",
      breachTypes: ["confidentiality"],
      cause: "accidental",
      dataCategories: ["identification", "health"],
      subjects: { count: 1, categories: ["patients"] },
      records: 1,
      identifiability: "direct",
      encryption: "none",
      confidentiality: { recipients: "known_untrusted", exfiltration: "ruled_out" },
      availability: null,
      integrity: null,
      mitigation: { ...noMitigation, dataRetrievedOrDeleted: true },
    },
  },
  {
    title: "Ransomware on the reception computer",
    description:
      "The reception computer was encrypted by ransomware. The appointment calendar was restored from last " +
      "night's backup within five hours. No sign that data left the network.",
    occurredAgo: 10 * DAY,
    discoveredAgo: 10 * DAY,
    awareAgo: 10 * DAY - 2 * HOUR,
    state: "decided",
    discoveryMethod: "Staff saw a ransom note on screen in the morning.",
    containment: "Computer isolated and reinstalled, all passwords changed.",
    facts: {
      role: "controller",
      breachTypes: ["availability"],
      cause: "malicious",
      dataCategories: ["identification", "contact"],
      subjects: { count: 1200, categories: ["patients"] },
      records: 1200,
      identifiability: "direct",
      encryption: "none",
      confidentiality: null,
      availability: { backup: true, restoredWithinHours: 5, permanentLoss: false },
      integrity: null,
      mitigation: noMitigation,
    },
  },
  {
    title: "Laptop stolen from a doctor's car",
    description: "A practice laptop was stolen from a car. It holds consultation notes. The disk is encrypted and the key is safe.",
    occurredAgo: 45 * DAY,
    discoveredAgo: 45 * DAY,
    awareAgo: 45 * DAY,
    state: "closed",
    discoveryMethod: "The doctor reported the theft the same day.",
    containment: "Device wiped remotely; police report filed.",
    facts: {
      role: "controller",
      breachTypes: ["confidentiality", "availability"],
      cause: "malicious",
      dataCategories: ["identification", "health"],
      subjects: { count: 300, categories: ["patients"] },
      records: 300,
      identifiability: "direct",
      encryption: "state_of_the_art",
      confidentiality: { recipients: "unknown", exfiltration: "unknown" },
      availability: { backup: true, restoredWithinHours: 24, permanentLoss: false },
      integrity: null,
      mitigation: noMitigation,
    },
  },
  {
    title: "Paper referral letters lost in the post",
    description: "An envelope with three referral letters to a specialist never arrived.",
    occurredAgo: 6 * HOUR,
    discoveredAgo: 4 * HOUR,
    awareAgo: 3 * HOUR,
    state: "draft",
    discoveryMethod: "The specialist's office called to ask for the letters.",
    containment: "Letters re-sent by secure messaging.",
    facts: {
      role: "controller",
      breachTypes: ["confidentiality"],
      cause: "accidental",
      dataCategories: ["identification", "health"],
      subjects: { count: 3, categories: ["patients"] },
      records: 3,
      identifiability: "direct",
      encryption: "none",
      confidentiality: { recipients: "unknown", exfiltration: "unknown" },
      availability: null,
      integrity: null,
      mitigation: noMitigation,
    },
  },
];
