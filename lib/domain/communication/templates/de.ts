import type { CommunicationTemplate } from "./template-types";

/*
 * After a German salutation ending in a comma, the next sentence starts in lower case ("wir informieren...").
 * "Guten Tag {name}," greets a named person without assuming Frau or Herr, which a program cannot know.
 */
export const TEMPLATE_DE: CommunicationTemplate = {
  language: "de",
  subject: "Wichtige Information zu Ihren personenbezogenen Daten bei {organisation}",
  salutationNamed: "Guten Tag {name},",
  salutationGeneric: "Sehr geehrte Damen und Herren,",
  intro: "wir informieren Sie über einen Vorfall bei {organisation}, der Ihre personenbezogenen Daten betrifft.",
  headings: {
    whatHappened: "Was geschehen ist",
    information: "Welche Daten betroffen sind",
    consequences: "Was das für Sie bedeuten kann",
    measures: "Was wir bereits unternommen haben",
    planned: "Was wir noch unternehmen werden",
    advice: "Was Sie tun können",
    contact: "Bei Fragen",
  },
  nature: {
    confidentiality: "Einige Ihrer Daten könnten von Personen eingesehen oder kopiert worden sein, die dazu nicht berechtigt waren.",
    integrity: "Einige Ihrer Daten könnten ohne Erlaubnis verändert worden sein.",
    availability: "Eine Zeit lang konnten wir auf einige Ihrer Daten nicht zugreifen, oder ein Teil davon ging verloren.",
  },
  narrative: {
    access: {
      confirmed: "Unbefugte Personen haben einige Ihrer Daten eingesehen.",
      ruled_out: "Einige Ihrer Daten waren für unbefugte Personen zugänglich; nach unseren Prüfungen hat sie jedoch niemand geöffnet.",
      unknown: "Einige Ihrer Daten könnten von unbefugten Personen eingesehen worden sein.",
    },
    exfiltration: {
      confirmed: "Unbefugte Personen haben einige Ihrer Daten kopiert oder entwendet.",
      ruled_out: "Wir haben festgestellt, dass die Daten weder kopiert noch entwendet wurden.",
      unknown: "Wir können nicht ausschließen, dass die Daten kopiert wurden.",
    },
    integrity: "Einige Ihrer Daten wurden unbefugt verändert.",
    integrityUsed: "Die veränderten Daten wurden verwendet, bevor wir sie berichtigen konnten.",
    integrityNotUsed: "Wir haben die veränderten Daten berichtigt, bevor sie verwendet wurden.",
    availability: "Eine Zeit lang konnten wir auf einige Ihrer Daten nicht zugreifen.",
    availabilityLost: "Einige Ihrer Daten sind verloren gegangen und können nicht wiederhergestellt werden.",
    careDisrupted: "Dadurch mussten einige Termine oder Behandlungen verschoben werden.",
    system: "Betroffenes System: {systems}",
    occurredOn: "Der Vorfall ereignete sich am {occurred}.",
    occurredPeriod: "Der Vorfall dauerte vom {occurred} bis zum {contained}.",
    occurredOngoing: "Der Vorfall begann am {occurred} und ist noch nicht vollständig behoben.",
  },
  discoveredOn: "Wir haben den Vorfall am {date} festgestellt.",
  dataItems: "Im Einzelnen: {dataItems}",
  informationIntro: "Der Vorfall betrifft folgende Daten über Sie:",
  dataCategories: {
    identification: "Angaben, mit denen Sie identifiziert werden können",
    contact: "Ihre Kontaktdaten, zum Beispiel Telefonnummer und E-Mail-Adresse",
    credentials: "Ihren Benutzernamen und Ihr Passwort für unsere Online-Dienste",
    financial: "Ihre Bank- oder Zahlungsdaten",
    official_id: "Identifikationsnummern, zum Beispiel Ihre Sozialversicherungs- oder Reisepassnummer",
    location: "Angaben zu Orten, an denen Sie sich aufgehalten haben",
    behavioural: "Angaben zu Ihren Gewohnheiten und Vorlieben",
    communications: "den Inhalt von Nachrichten zwischen Ihnen und uns",
    images: "Fotos oder Videos",
    medical_images: "medizinische Bildaufnahmen, zum Beispiel Röntgen-, Ultraschall- oder MRT-Aufnahmen",
    health: "Angaben zu Ihrer Gesundheit, zum Beispiel Diagnosen, Behandlungen oder Untersuchungsergebnisse",
    genetic: "genetische Daten",
    biometric: "biometrische Daten, zum Beispiel Fingerabdrücke",
    racial_ethnic: "Angaben zu Ihrer ethnischen Herkunft",
    political: "Angaben zu Ihren politischen Meinungen",
    religious: "Angaben zu Ihrer Religion oder Weltanschauung",
    trade_union: "Angaben zu einer Gewerkschaftszugehörigkeit",
    sex_life: "Angaben zu Ihrem Sexualleben oder Ihrer sexuellen Orientierung",
    criminal: "Angaben zu strafrechtlichen Verurteilungen oder Straftaten",
  },
  consequences: {
    loss_of_confidentiality_health: "Andere Personen könnten etwas über Ihre Gesundheit erfahren.",
    disclosure_of_sensitive_data: "Andere Personen könnten sehr Persönliches über Sie erfahren.",
    identity_fraud: "Jemand könnte sich als Sie ausgeben, zum Beispiel um in Ihrem Namen ein Konto zu eröffnen.",
    phishing_and_impersonation: "Sie könnten gefälschte Nachrichten oder Anrufe erhalten, die angeblich von uns kommen.",
    account_takeover: "Jemand könnte versuchen, sich bei Ihren Konten anzumelden.",
    financial_loss: "Jemand könnte versuchen, Geld von Ihrem Konto abzubuchen oder Ihre Karte zu benutzen.",
    discrimination_or_reputation:
      "Wenn die Daten weitergegeben werden, könnten Sie benachteiligt werden oder in eine unangenehme Lage geraten.",
    distress: "Es ist verständlich, wenn Sie sich Sorgen machen, wer Ihre Daten gesehen hat.",
    disrupted_care: "Einige Termine oder Behandlungen könnten sich verzögern.",
    incorrect_records: "Einige Angaben in Ihren Unterlagen könnten falsch sein, bis wir sie geprüft haben.",
    permanent_data_loss: "Ein Teil Ihrer Unterlagen ist verloren und kann nicht wiederhergestellt werden.",
  },
  measuresIntro: "Sobald wir davon erfahren haben, haben wir Folgendes unternommen:",
  advice: {
    change_password:
      "Ändern Sie Ihr Passwort für unsere Online-Dienste. Wenn Sie dasselbe Passwort auch anderswo " +
      "verwenden, ändern Sie es dort ebenfalls.",
    watch_phishing:
      "Seien Sie vorsichtig bei E-Mails, SMS und Anrufen, die angeblich von uns kommen. Wir fragen Sie " +
      "niemals nach einem Passwort oder nach Bankdaten. Legen Sie im Zweifel auf und rufen Sie uns unter " +
      "der Ihnen bekannten Nummer an.",
    watch_bank_statements:
      "Prüfen Sie in den nächsten Monaten Ihre Kontoauszüge. Melden Sie sich sofort bei Ihrer Bank, wenn Ihnen eine Zahlung unbekannt ist.",
    identity_fraud:
      "Achten Sie auf Schreiben zu Krediten, Verträgen oder Konten, die Sie nicht beantragt haben. Wenn das " +
      "passiert, informieren Sie die Polizei und das betroffene Unternehmen. Sie können auch ein neues " +
      "Ausweisdokument beantragen.",
    health_information:
      "Die betroffenen Daten können Einzelheiten zu Ihrer Gesundheit oder Behandlung enthalten. Wenn Sie das beunruhigt " +
      "oder Sie darüber sprechen möchten, wenden Sie sich bitte an uns. Wir nehmen uns Zeit für Ihre " +
      "Fragen.",
    continuity_of_care:
      "Wenn Sie demnächst einen Termin haben oder ein Rezept benötigen, rufen Sie uns bitte an, damit Ihre " +
      "Behandlung ohne Unterbrechung weitergeführt werden kann.",
  },
  contact: "Ihre Ansprechperson: {contactName}, {contactDetails}.",
  closing: "Wir bedauern diesen Vorfall sehr und bitten Sie um Entschuldigung für die Sorgen, die er Ihnen bereiten mag.",
  signOff: "Mit freundlichen Grüßen\n{organisation}",
  public: {
    subject: "Hinweis zu einem Datenschutzvorfall bei {organisation}",
    title: "Hinweis zu einem Datenschutzvorfall bei {organisation}",
    intro:
      "Bei {organisation} gab es einen Vorfall, der personenbezogene Daten betrifft. Da wir nicht alle " +
      "Betroffenen einzeln erreichen können, veröffentlichen wir diesen Hinweis.",
    concerns: "Der Vorfall betrifft {groups}.",
    subjectGroups: {
      patients: "Patientinnen und Patienten",
      children: "Kinder",
      employees: "Beschäftigte",
      customers: "Kundinnen und Kunden",
      job_applicants: "Bewerberinnen und Bewerber",
      students: "Studierende",
      vulnerable_adults: "schutzbedürftige Erwachsene",
      other: "weitere Personen",
    },
    ifConcerned: "Wenn Sie zu diesem Personenkreis gehören, erfahren Sie in diesem Hinweis, was geschehen ist und was Sie tun können.",
  },
};
