import type { AuthorityProfile } from "./profile-types";
import { VOCABULARY_CS } from "./vocabulary-cs";

/*
 * Czech Republic, Úřad pro ochranu osobních údajů. Verified on uoou.cz: GDPR breaches are reported through
 * the office's own electronic form (a separate form serves electronic-communications providers); the electronic
 * form's headings could not be read from here. The office's sample notification ("Ohlášení případu porušení
 * zabezpečení osobních údajů podle čl. 33 GDPR", seen as a copy on a third party's site, penzionmiroslav.cz)
 * gives the notifier heading, the contact heading and the labels of the organisation, the counts and the
 * consequences used below. The other headings are ours, in Czech, using the terms of the Czech text of Art. 33.
 */
export const UOOU_PROFILE: AuthorityProfile = {
  id: "uoou",
  name: "Úřad pro ochranu osobních údajů (ÚOOÚ)",
  country: "CZ",
  language: "cs",
  documentTitle: "Ohlášení případu porušení zabezpečení osobních údajů",
  submission: { channel: "Elektronický formulář ÚOOÚ pro ohlášení porušení zabezpečení osobních údajů", url: "https://www.uoou.cz" },
  sections: [
    { id: "notification_type", title: "Druh ohlášení", fields: ["notification.kind", "notification.reference", "delay.reasons"] },
    { id: "controller", title: "Ohlašovatel (správce osobních údajů)",
      fields: ["controller.name", "controller.address", "controller.country", "controller.registrationId"] },
    { id: "contact", title: "Kontaktní osoba pro komunikaci s ÚOOÚ / pověřenec pro ochranu osobních údajů",
      fields: ["contact.name", "contact.role", "contact.email", "contact.phone"] },
    { id: "timeline", title: "Časový průběh",
      fields: ["timeline.occurredAt", "timeline.discoveredAt", "timeline.awareAt", "timeline.ongoing", "timeline.containedAt", "timeline.howDiscovered"] },
    { id: "nature", title: "Povaha porušení zabezpečení",
      fields: ["nature.description", "nature.breachTypes", "nature.cause", "nature.recipients", "nature.exfiltration"] },
    { id: "people_data", title: "Dotčené subjekty údajů a osobní údaje",
      fields: ["people.categories", "people.count", "data.categories", "data.records"] },
    { id: "protection", title: "Zabezpečení v době incidentu", fields: ["protection.encryption", "protection.identifiability"] },
    { id: "consequences", title: "Pravděpodobné důsledky", fields: ["consequences.text", "consequences.riskLevel", "consequences.reasons"] },
    { id: "measures", title: "Přijatá a navrhovaná opatření", fields: ["measures.taken", "measures.proposed"] },
    { id: "communication", title: "Oznámení subjektům údajů", fields: ["communication.status"] },
    { id: "cross_border", title: "Přeshraniční zpracování", fields: ["crossBorder.involved", "crossBorder.leadAuthority"] },
  ],
  labels: {
    "notification.kind": "Druh ohlášení",
    "notification.reference": "Interní číslo případu",
    "controller.name": "Jméno / firma",
    "controller.address": "Sídlo / adresa",
    "controller.country": "Stát usazení",
    "controller.registrationId": "EČ / IČ",
    "contact.name": "Jméno a příjmení",
    "contact.role": "Funkce",
    "contact.email": "E-mail",
    "contact.phone": "Telefon",
    "timeline.occurredAt": "Datum a čas porušení zabezpečení",
    "timeline.discoveredAt": "Datum a čas zjištění porušení zabezpečení",
    "timeline.awareAt": "Datum a čas, kdy se o něm správce dozvěděl",
    "timeline.containedAt": "Datum a čas ukončení porušení",
    "timeline.ongoing": "Trvá porušení stále?",
    "timeline.howDiscovered": "Jak bylo porušení zjištěno",
    "nature.description": "Popis povahy porušení zabezpečení osobních údajů",
    "nature.breachTypes": "Druh porušení",
    "nature.cause": "Příčina",
    "nature.recipients": "Kdo mohl údaje získat",
    "nature.exfiltration": "Byly údaje zkopírovány?",
    "people.categories": "Kategorie dotčených subjektů údajů",
    "people.count": "Počet dotčených subjektů údajů (odhad)",
    "data.categories": "Kategorie dotčených osobních údajů",
    "data.records": "Množství dotčených záznamů osobních údajů (odhad)",
    "protection.encryption": "Šifrování",
    "protection.identifiability": "Identifikovatelnost osob",
    "consequences.text": "Popis pravděpodobných důsledků porušení zabezpečení osobních údajů",
    "consequences.riskLevel": "Výsledek posouzení rizika",
    "consequences.reasons": "Skutečnosti zohledněné při posouzení",
    "measures.taken": "Popis přijatých opatření k řešení porušení a ke zmírnění jeho nepříznivých dopadů",
    "measures.proposed": "Popis navrhovaných opatření, včetně prevence opakování",
    "delay.reasons": "Důvody zpoždění ohlášení",
    "communication.status": "Byly subjekty údajů informovány?",
    "crossBorder.involved": "Přeshraniční zpracování",
    "crossBorder.leadAuthority": "Vedoucí dozorový úřad",
  },
  vocabulary: VOCABULARY_CS,
};
