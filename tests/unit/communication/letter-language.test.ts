import { describe, expect, it } from "vitest";
import { buildPublicNotice, buildSubjectMessage } from "@/lib/domain/communication";
import { draftTitle } from "@/lib/domain/communication/draft-mark";
import type { NotificationInput } from "@/lib/domain/notification";
import { completeIncident } from "../notification/complete-incident";
import { englishSentences } from "../notification/english-sentences";

/*
 * An Art. 34 letter in French, Czech or German holds no English sentence of the product's own. The practice's
 * free text (measures, its own description of the consequences) stays as typed, so it is given in the letter's
 * language here, as a practice there would type it.
 */
const TYPED: Record<"fr" | "cs" | "de", Partial<NotificationInput["incident"]>> = {
  fr: {
    measuresTaken: "Mots de passe réinitialisés et serveur isolé.",
    measuresProposed: "Double authentification pour tout le personnel.",
    likelyConsequences: null,
    systemsInvolved: "logiciel de rendez-vous",
    dataItems: "nom et date de naissance",
  },
  cs: {
    measuresTaken: "Hesla byla změněna a server odpojen.",
    measuresProposed: "Dvoufázové ověření pro všechny zaměstnance.",
    likelyConsequences: null,
    systemsInvolved: "objednávkový systém",
    dataItems: "jméno a datum narození",
  },
  de: {
    measuresTaken: "Passwörter zurückgesetzt und Server isoliert.",
    measuresProposed: "Zwei-Faktor-Anmeldung für alle Beschäftigten.",
    likelyConsequences: null,
    systemsInvolved: "Terminverwaltung",
    dataItems: "Name und Geburtsdatum",
  },
};

function inputIn(language: keyof typeof TYPED): NotificationInput {
  const input = completeIncident();
  Object.assign(input.incident, TYPED[language]);
  input.organisation.name = { fr: "Cabinet des Lilas", cs: "Ordinace Vinohrady", de: "Praxis am Markt" }[language];
  input.organisation.address = { fr: "12 rue des Lilas, Paris", cs: "Vinohradská 12, Praha", de: "Marktplatz 3, München" }[language];
  return input;
}

describe("Art. 34 letters and the public notice in the reader's language", () => {
  it.each(["fr", "cs", "de"] as const)("%s: no English sentence", (language) => {
    const letter = buildSubjectMessage(inputIn(language), language, { name: "Marie Dupont" });
    const notice = buildPublicNotice(inputIn(language), language);
    if (!letter.ok || !notice.ok) throw new Error("expected both messages to be built");
    expect(letter.message.text.length).toBeGreaterThan(200);
    expect(englishSentences(`${letter.message.subject}\n\n${letter.message.text}`)).toEqual([]);
    expect(englishSentences(`${notice.message.subject}\n\n${notice.message.text}`)).toEqual([]);
  });

  it("the check itself finds the English letter's sentences", () => {
    const letter = buildSubjectMessage(completeIncident(), "en", { name: "Mary Smith" });
    if (!letter.ok) throw new Error("expected the English letter");
    expect(englishSentences(letter.message.text).length).toBeGreaterThan(3);
  });

  it("a draft's printed title says it is not approved in the message's language", () => {
    expect(draftTitle("Violation de vos données", "fr")).toBe("Violation de vos données (PROJET, non approuvé)");
    expect(draftTitle("Porušení zabezpečení", "cs")).toBe("Porušení zabezpečení (NÁVRH, dosud neschváleno)");
    expect(draftTitle("Datenschutzverletzung", "de")).toBe("Datenschutzverletzung (ENTWURF, noch nicht freigegeben)");
    expect(draftTitle("Breach", "xx")).toBe("Breach (DRAFT, not approved)");
  });
});
