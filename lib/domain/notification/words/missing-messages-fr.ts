import type { MissingMessages } from "./missing-messages";

export const MISSING_MESSAGES_FR: MissingMessages = {
  scope:
    "Il ne s’agit pas d’une violation de données à caractère personnel : il n’y a rien à notifier. " +
    "L’incident reste consigné dans le registre avec son motif.",
  "organisation.name": "Indiquez le nom du cabinet tel qu’il doit figurer sur la notification.",
  "organisation.region": "Indiquez le Land où le cabinet est établi : il détermine l’autorité allemande compétente.",
  "contact.name":
    "Qui l’autorité doit-elle contacter au sujet de cette violation ? Indiquez votre délégué à la " +
    "protection des données ou une autre personne à contacter.",
  "contact.details": "Indiquez une adresse e-mail ou un numéro de téléphone où l’autorité peut joindre la personne à contacter.",
  "nature.description": "Décrivez en quelques phrases, avec vos propres mots, ce qui s’est passé.",
  "nature.breachTypes":
    "Précisez le type de violation : des informations vues par quelqu’un qui n’aurait pas dû les voir, " +
    "des informations modifiées, ou des informations perdues ou inaccessibles.",
  "nature.dataCategories": "Précisez les types d’informations concernés (par exemple noms, coordonnées, dossiers médicaux).",
  "nature.subjectCategories": "Précisez les groupes de personnes concernés (par exemple patients, personnel).",
  "nature.subjectCount": "Le nombre de patients ou d’autres personnes concernés n’est pas encore connu : une estimation suffit.",
  "nature.records": "Le nombre d’enregistrements concernés n’est pas encore connu : une estimation suffit.",
  "consequences.text":
    "Décrivez ce qui pourrait arriver aux personnes concernées, ou complétez les faits de la violation " +
    "pour que Breachdesk puisse le proposer.",
  measures:
    "Indiquez ce que vous avez fait, ou prévoyez de faire, pour mettre fin à la violation et en limiter " +
    "les conséquences pour les personnes concernées.",
  "delay.reasons":
    "La notification intervient plus de 72 heures après que vous avez pris connaissance de la violation. Expliquez les motifs du retard.",
  "organisation.country": "Indiquez le pays où le cabinet est établi : il détermine l’autorité à notifier.",
  "organisation.address": "Indiquez l’adresse postale du cabinet.",
  "timeline.occurredAt": "Quand la violation s’est-elle produite ? Une date et une heure approximatives suffisent.",
  "timeline.discoveredAt": "Quand la violation a-t-elle été découverte ?",
  "timeline.howDiscovered":
    "Comment avez-vous eu connaissance de la violation (par exemple un patient vous a prévenu, " +
    "ou votre prestataire informatique l’a remarquée) ?",
  "timeline.ongoing": "La violation est-elle toujours en cours, ou y a-t-il été mis fin ?",
  "timeline.containedAt": "Quand a-t-il été mis fin à la violation ?",
  "nature.cause": "Était-ce un acte délibéré, un accident, ou ne le savez-vous pas encore ?",
  "nature.confidentiality": "Qui a pu voir les informations, et ont-elles été copiées ou emportées ?",
  "nature.availability": "Existait-il une sauvegarde, et quand les dossiers ont-ils pu être de nouveau utilisés ?",
  "nature.integrity": "Les dossiers modifiés peuvent-ils être corrigés ?",
  "protection.encryption": "Les informations étaient-elles chiffrées ?",
  "protection.identifiability":
    "Les personnes peuvent-elles être reconnues directement à partir des informations (par exemple par leur nom) ?",
  "consequences.assessment": "Effectuez l’évaluation des risques pour que la notification indique la gravité du risque.",
  "measures.taken": "Indiquez ce que vous avez déjà fait face à la violation.",
  "measures.proposed": "Indiquez ce que vous allez changer pour que cela ne se reproduise pas.",
  "measures.otherSystems":
    "Vérifiez que vos autres systèmes (autres ordinateurs, messageries, dossiers partagés, services de " +
    "vos prestataires) ne présentent pas la même faiblesse, puis cochez « Audits réguliers » parmi les " +
    "mesures visant à éviter qu’elle se reproduise et indiquez ce que vous avez constaté.",
  "communication.status": "Indiquez si les personnes concernées ont été informées, ou le seront.",
  crossBorder: "Indiquez si des personnes d’autres pays sont concernées, ou si le traitement est réparti entre plusieurs pays.",
};
