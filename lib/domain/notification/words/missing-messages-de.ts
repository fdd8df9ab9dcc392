import type { MissingMessages } from "./missing-messages";

export const MISSING_MESSAGES_DE: MissingMessages = {
  scope:
    "Es handelt sich nicht um eine Verletzung des Schutzes personenbezogener Daten, daher ist nichts zu " +
    "melden. Der Vorfall bleibt mit der Begründung dokumentiert.",
  "organisation.name": "Geben Sie den Namen der Praxis so an, wie er in der Meldung erscheinen soll.",
  "organisation.region":
    "Geben Sie das Bundesland an, in dem die Praxis ihren Sitz hat (zum Beispiel Bayern): " +
    "Es bestimmt die zuständige deutsche Aufsichtsbehörde.",
  "contact.name":
    "An wen soll sich die Aufsichtsbehörde zu dieser Verletzung wenden? Geben Sie Ihren " +
    "Datenschutzbeauftragten oder eine andere Anlaufstelle an.",
  "contact.details": "Geben Sie eine E-Mail-Adresse oder Telefonnummer an, unter der die Aufsichtsbehörde die Anlaufstelle erreicht.",
  "nature.description": "Beschreiben Sie in wenigen Sätzen mit eigenen Worten, was geschehen ist.",
  "nature.breachTypes":
    "Geben Sie an, welche Art von Verletzung vorliegt: Informationen wurden von jemandem gesehen, der sie " +
    "nicht sehen durfte; Informationen wurden verändert; oder Informationen sind verloren oder nicht " +
    "verfügbar.",
  "nature.dataCategories":
    "Geben Sie an, welche Arten von Informationen betroffen sind (zum Beispiel Namen, Kontaktdaten, Patientenakten).",
  "nature.subjectCategories": "Geben Sie an, welche Personengruppen betroffen sind (zum Beispiel Patienten, Beschäftigte).",
  "nature.subjectCount": "Es ist noch nicht bekannt, wie viele Patienten oder andere Personen betroffen sind. Eine Schätzung genügt.",
  "nature.records": "Es ist noch nicht bekannt, wie viele Datensätze betroffen sind. Eine Schätzung genügt.",
  "consequences.text":
    "Beschreiben Sie, was den betroffenen Personen passieren könnte, oder ergänzen Sie die Angaben zur " +
    "Verletzung, damit Breachdesk einen Vorschlag machen kann.",
  measures:
    "Geben Sie an, was Sie unternommen haben oder planen, um die Verletzung zu beenden und die Folgen für " +
    "die betroffenen Personen zu begrenzen.",
  "delay.reasons": "Die Meldung erfolgt mehr als 72 Stunden, nachdem Ihnen die Verletzung bekannt wurde. Begründen Sie die Verzögerung.",
  "organisation.country":
    "Geben Sie den Staat an, in dem die Praxis niedergelassen ist: Er bestimmt, welcher Aufsichtsbehörde die Verletzung zu melden ist.",
  "organisation.address": "Geben Sie die Postanschrift der Praxis an.",
  "timeline.occurredAt": "Wann ist die Verletzung geschehen? Ungefähres Datum und ungefähre Uhrzeit genügen.",
  "timeline.discoveredAt": "Wann wurde die Verletzung entdeckt?",
  "timeline.howDiscovered":
    "Wie haben Sie von der Verletzung erfahren (zum Beispiel durch den Hinweis eines Patienten oder Ihres IT-Dienstleisters)?",
  "timeline.ongoing": "Dauert die Verletzung noch an, oder wurde sie beendet?",
  "timeline.containedAt": "Wann wurde die Verletzung beendet?",
  "nature.cause": "Geschah es vorsätzlich, war es ein Versehen, oder wissen Sie es noch nicht?",
  "nature.confidentiality": "Wer konnte die Informationen sehen, und wurden sie kopiert oder mitgenommen?",
  "nature.availability": "Gab es eine Datensicherung, und ab wann konnten die Unterlagen wieder genutzt werden?",
  "nature.integrity": "Lassen sich die veränderten Unterlagen berichtigen?",
  "protection.encryption": "Waren die Informationen verschlüsselt?",
  "protection.identifiability": "Lassen sich die Personen unmittelbar aus den Informationen erkennen (zum Beispiel am Namen)?",
  "consequences.assessment": "Führen Sie die Risikobewertung durch, damit die Meldung angeben kann, wie hoch das Risiko ist.",
  "measures.taken": "Geben Sie an, was Sie wegen der Verletzung bereits unternommen haben.",
  "measures.proposed": "Geben Sie an, was Sie ändern werden, damit es sich nicht wiederholt.",
  "measures.otherSystems":
    "Prüfen Sie Ihre übrigen Systeme (weitere Rechner, Postfächer, freigegebene Ordner, Dienste Ihrer " +
    "Dienstleister) auf dieselbe Schwachstelle, kreuzen Sie dann bei den Maßnahmen gegen eine " +
    "Wiederholung „Regelmäßige Audits“ an und geben Sie an, was Sie festgestellt haben.",
  "communication.status": "Geben Sie an, ob die betroffenen Personen benachrichtigt wurden oder werden.",
  crossBorder: "Geben Sie an, ob Personen in anderen Staaten betroffen sind oder ob die Verarbeitung in mehreren Staaten erfolgt.",
};
