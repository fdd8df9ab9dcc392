import { describe, expect, it } from "vitest";
import { buildSubjectMessage } from "@/lib/domain/communication/build-message";
import { MissingVariablesError } from "@/lib/domain/communication/placeholders";
import type { MessageLanguage } from "@/lib/domain/communication/templates/template-types";
import type { NotificationInput } from "@/lib/domain/notification/types";
import { completeIncident } from "../notification/complete-incident";

const LEFTOVER_PLACEHOLDER = /\{[A-Za-z][A-Za-z0-9_]*\}/;

/** The fixture with credentials and bank details exposed too, so that more advice applies. */
function incidentWithCredentials(): NotificationInput {
  const input = completeIncident();
  input.incident.facts = {
    ...input.incident.facts,
    dataCategories: ["identification", "contact", "health", "credentials"],
  };
  return input;
}

interface LanguageCase {
  language: MessageLanguage;
  salutation: string;
  subjectWord: string;
  passwordAdvice: string;
  phishingAdvice: string;
  healthAdvice: string;
  bankAdvice: string;
  date: string;
  genericSalutation: string;
}

const CASES: LanguageCase[] = [
  {
    language: "en",
    salutation: "Dear Marie Dubois,",
    subjectWord: "Important information",
    passwordAdvice: "Change your password",
    phishingAdvice: "We will never ask you for a password",
    healthAdvice: "details of your health",
    bankAdvice: "bank statements",
    date: "27 March 2026",
    genericSalutation: "Dear Sir or Madam,",
  },
  {
    language: "fr",
    salutation: "Madame, Monsieur,",
    subjectWord: "Information importante",
    passwordAdvice: "Changez votre mot de passe",
    phishingAdvice: "Nous ne vous demanderons jamais de mot de passe",
    healthAdvice: "détails sur votre santé",
    bankAdvice: "relevés bancaires",
    date: "27 mars 2026",
    genericSalutation: "Madame, Monsieur,",
  },
  {
    language: "cs",
    salutation: "Vážená paní, vážený pane,",
    subjectWord: "Důležitá informace",
    passwordAdvice: "Změňte si heslo",
    phishingAdvice: "Nikdy vás nebudeme žádat o heslo",
    healthAdvice: "podrobnosti o vašem zdravotním stavu",
    bankAdvice: "výpisy z účtu",
    date: "27. března 2026",
    genericSalutation: "Vážená paní, vážený pane,",
  },
  {
    language: "de",
    salutation: "Guten Tag Marie Dubois,",
    subjectWord: "Wichtige Information",
    passwordAdvice: "Ändern Sie Ihr Passwort",
    phishingAdvice: "Wir fragen Sie niemals nach einem Passwort",
    healthAdvice: "Einzelheiten zu Ihrer Gesundheit",
    bankAdvice: "Kontoauszüge",
    date: "27. März 2026",
    genericSalutation: "Sehr geehrte Damen und Herren,",
  },
];

describe.each(CASES)("buildSubjectMessage in $language", (expected) => {
  const result = buildSubjectMessage(incidentWithCredentials(), expected.language, { name: "Marie Dubois" });
  if (!result.ok) throw new Error(`render failed: ${result.error.missing.join(", ")}`);
  const { message } = result;

  it("greets the recipient by name and fills every placeholder", () => {
    expect(message.text.startsWith(expected.salutation)).toBe(true);
    expect(message.text).not.toMatch(LEFTOVER_PLACEHOLDER);
    expect(message.subject).not.toMatch(LEFTOVER_PLACEHOLDER);
    expect(message.subject).toContain(expected.subjectWord);
    expect(message.subject).toContain("Cabinet médical des Lilas");
  });

  it("gives the advice that matches the exposed data, and no other", () => {
    expect(message.advice).toEqual(["change_password", "watch_phishing", "health_information"]);
    expect(message.text).toContain(expected.passwordAdvice);
    expect(message.text).toContain(expected.phishingAdvice);
    expect(message.text).toContain(expected.healthAdvice);
    expect(message.text).not.toContain(expected.bankAdvice);
  });

  it("names the contact point, the measures and the date of discovery", () => {
    expect(message.text).toContain("Claire Martin");
    expect(message.text).toContain("dpo@cabinet-lilas.fr, +33 1 23 45 67 89");
    expect(message.text).toContain("The file was taken offline");
    expect(message.text).toContain(expected.date);
  });

  it("uses a general salutation without a recipient name", () => {
    const anonymous = buildSubjectMessage(incidentWithCredentials(), expected.language, { email: "x@example.org" });
    expect(anonymous.ok && anonymous.message.text.startsWith(expected.genericSalutation)).toBe(true);
  });
});

describe("buildSubjectMessage refuses to send an incomplete letter", () => {
  it("lists the missing contact point", () => {
    const input = completeIncident();
    input.organisation.contactPoint = null;
    const result = buildSubjectMessage(input, "en", { name: "Marie" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(MissingVariablesError);
    expect([...result.error.missing].sort()).toEqual(["contactDetails", "contactName"]);
  });

  it("lists missing measures and an unknown kind of breach together", () => {
    const input = completeIncident();
    input.incident.measuresTaken = null;
    input.incident.measuresProposed = null;
    input.incident.facts = { ...input.incident.facts, breachTypes: [] };
    const result = buildSubjectMessage(input, "de");
    expect(result.ok).toBe(false);
    if (!result.ok) expect([...result.error.missing].sort()).toEqual(["breachTypes", "measures"]);
  });

  it("offers continuity-of-care advice for lost access, not phishing advice", () => {
    const input = completeIncident();
    input.incident.facts = {
      ...input.incident.facts,
      breachTypes: ["availability"],
      confidentiality: null,
      availability: { backup: true, restoredWithinHours: 30, permanentLoss: false },
    };
    const result = buildSubjectMessage(input, "en", { name: "Marie" });
    expect(result.ok && result.message.advice).toEqual(["continuity_of_care"]);
    expect(result.ok && result.message.text).toContain("For a time, we could not access some of your information");
    expect(result.ok && result.message.text).not.toContain("fake messages");
  });
});
