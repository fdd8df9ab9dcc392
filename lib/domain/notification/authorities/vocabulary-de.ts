import type { Vocabulary } from "./profile-types";

/* German wording of values, in the terms of the German text of the GDPR (DSGVO); shared by the Länder and Austria. */
export const VOCABULARY_DE: Vocabulary = {
  yes: "Ja",
  no: "Nein",
  notKnownYet: "Noch nicht bekannt",
  none: "Keine",
  dpo: "Datenschutzbeauftragter",
  otherContact: "Sonstige Anlaufstelle (nicht der Datenschutzbeauftragte)",
  derivedNote: "Von Breachdesk aus den Angaben zum Vorfall und der Risikobewertung abgeleitet; von der Praxis zu bestätigen.",
  approximately: (count) => `etwa ${count}`,
  notificationKinds: { initial: "Erstmeldung", "follow-up": "Folgemeldung", complete: "Vollständige Meldung" },
  breachTypes: {
    confidentiality: "Verletzung der Vertraulichkeit (unbefugte Offenlegung oder unbefugter Zugang)",
    integrity: "Verletzung der Integrität (unbefugte Veränderung)",
    availability: "Verletzung der Verfügbarkeit (Verlust des Zugangs oder Vernichtung)",
  },
  causes: { malicious: "Vorsätzliche Handlung", accidental: "Versehen oder Fehler", unknown: "Unbekannt" },
  dataCategories: {
    identification: "Identifikationsdaten (z. B. Name, Anschrift oder Geburtsdatum)",
    contact: "Kontaktdaten",
    credentials: "Zugangsdaten (Benutzername, Passwort)",
    financial: "Finanz- oder Bankdaten",
    official_id: "Amtliche Kennnummern (Personalausweis, Reisepass, Sozialversicherungsnummer)",
    location: "Standortdaten",
    behavioural: "Verhaltensdaten",
    communications: "Inhalte von Kommunikation",
    images: "Fotos und Videos",
    medical_images: "Medizinische Bilddaten",
    health: "Gesundheitsdaten",
    genetic: "Genetische Daten",
    biometric: "Biometrische Daten",
    racial_ethnic: "Rassische oder ethnische Herkunft",
    political: "Politische Meinungen",
    religious: "Religiöse oder weltanschauliche Überzeugungen",
    trade_union: "Gewerkschaftszugehörigkeit",
    sex_life: "Sexualleben oder sexuelle Orientierung",
    criminal: "Strafrechtliche Verurteilungen und Straftaten",
  },
  subjectCategories: {
    patients: "Patientinnen und Patienten",
    children: "Kinder",
    employees: "Beschäftigte",
    customers: "Kundinnen und Kunden",
    job_applicants: "Bewerberinnen und Bewerber",
    students: "Studierende und Auszubildende",
    vulnerable_adults: "Schutzbedürftige Erwachsene",
    other: "Sonstige",
  },
  recipients: {
    public: "Die Öffentlichkeit (z. B. im Internet veröffentlicht)",
    unknown: "Unbekannte Empfänger",
    known_untrusted: "Bekannte Empfänger, die nicht zur Vertraulichkeit verpflichtet sind",
    known_trusted: "Bekannter, vertrauenswürdiger Empfänger, der die Löschung bestätigt hat",
  },
  exfiltration: {
    confirmed: "Kopie oder Abfluss der Daten bestätigt",
    unknown: "Unbekannt, ob die Daten kopiert wurden",
    ruled_out: "Kopie der Daten ausgeschlossen",
  },
  access: { confirmed: "Ja, steht fest", ruled_out: "Nein, ausgeschlossen", unknown: "Unbekannt" },
  discoveredBy: {
    controller: "Der Verantwortliche selbst",
    processor: "Ein Auftragsverarbeiter",
    data_subject: "Eine betroffene Person",
    external_party: "Ein sonstiger Dritter",
    press: "Presse oder Medien",
    other: "Sonstige",
  },
  notABreachHeading: "Keine Verletzung des Schutzes personenbezogener Daten: keine Meldung",
  notABreach: {
    deceased_only:
      "Die Daten betreffen ausschließlich Verstorbene. Die DSGVO gilt nicht für personenbezogene Daten " +
      "Verstorbener (Erwägungsgrund 27): Es gibt weder eine meldepflichtige Verletzung noch Personen, die " +
      "nach Artikel 34 zu benachrichtigen wären.",
    no_personal_data:
      "Keine identifizierte oder identifizierbare natürliche Person ist betroffen (z. B. fiktive " +
      "Testdaten): Es handelt sich nicht um personenbezogene Daten (Artikel 4 Nummer 1 DSGVO), und es ist " +
      "nichts zu melden.",
  },
  encryption: {
    none: "Nicht verschlüsselt",
    weak: "Schwache Verschlüsselung oder Schlüssel offengelegt",
    state_of_the_art: "Verschlüsselung nach dem Stand der Technik, Schlüssel nicht kompromittiert",
  },
  identifiability: {
    direct: "Unmittelbar identifizierbar",
    indirect: "Mittelbar identifizierbar",
    pseudonymised: "Pseudonymisiert (Schlüssel nicht offengelegt)",
  },
  riskLevels: { none: "Voraussichtlich kein Risiko", risk: "Risiko", high: "Hohes Risiko" },
  consequences: {
    loss_of_confidentiality_health: "Dem Berufsgeheimnis unterliegende Gesundheitsdaten können Dritten bekannt werden.",
    disclosure_of_sensitive_data: "Besondere Kategorien personenbezogener Daten können offengelegt werden.",
    identity_fraud: "Die Daten könnten für einen Identitätsdiebstahl oder -betrug missbraucht werden.",
    phishing_and_impersonation:
      "Die betroffenen Personen können Phishing-Nachrichten oder Anrufe erhalten, die angeblich von der Praxis stammen.",
    account_takeover: "Mit den offengelegten Zugangsdaten könnten Konten übernommen werden.",
    financial_loss: "Den betroffenen Personen kann ein finanzieller Schaden entstehen.",
    discrimination_or_reputation: "Die Offenlegung könnte zu Diskriminierung oder Rufschädigung führen.",
    distress: "Die betroffenen Personen können erheblich beunruhigt und belastet sein.",
    disrupted_care: "Die Behandlung kann sich verzögern oder gestört sein, solange die Unterlagen nicht zugänglich sind.",
    incorrect_records: "Entscheidungen oder Behandlungen könnten auf veränderten Unterlagen beruhen.",
    permanent_data_loss: "Ein Teil der Unterlagen ist endgültig verloren.",
  },
  communicationStatus: {
    not_decided: "Noch nicht entschieden",
    planned: "Geplant",
    sent: "Betroffene Personen benachrichtigt",
    not_required: "Nicht erforderlich",
    public_communication: "Stattdessen öffentliche Bekanntmachung (Art. 34 Abs. 3 Buchst. c DSGVO)",
  },
};
