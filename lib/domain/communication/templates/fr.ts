import type { CommunicationTemplate } from "./template-types";

/*
 * Formal register throughout, and no agreement that assumes the reader's gender ("Soyez attentif"): the letter
 * goes to women and men alike, and a program cannot know which.
 */
export const TEMPLATE_FR: CommunicationTemplate = {
  language: "fr",
  subject: "Information importante sur vos données personnelles chez {organisation}",
  salutationNamed: "Madame, Monsieur,",
  salutationGeneric: "Madame, Monsieur,",
  intro: "Nous vous informons qu’un incident survenu chez {organisation} concerne vos données personnelles.",
  headings: {
    whatHappened: "Ce qui s’est passé",
    information: "Les informations concernées",
    consequences: "Ce que cela peut signifier pour vous",
    measures: "Ce que nous avons déjà fait",
    planned: "Ce que nous allons encore faire",
    advice: "Ce que vous pouvez faire",
    contact: "Si vous avez des questions",
  },
  nature: {
    confidentiality: "Certaines de vos informations ont pu être consultées ou copiées par des personnes qui n’y étaient pas autorisées.",
    integrity: "Certaines de vos informations ont pu être modifiées sans autorisation.",
    availability:
      "Pendant un certain temps, nous n’avons pas pu accéder à certaines de vos informations, ou une partie d’entre elles a été perdue.",
  },
  narrative: {
    access: {
      confirmed: "Certaines de vos informations ont été consultées par des personnes qui n’y étaient pas autorisées.",
      ruled_out:
        "Certaines de vos informations ont été accessibles à des personnes qui n’y étaient pas autorisées ; " +
        "d’après nos vérifications, personne ne les a consultées.",
      unknown: "Certaines de vos informations ont pu être consultées par des personnes qui n’y étaient pas autorisées.",
    },
    exfiltration: {
      confirmed: "Certaines de vos informations ont été copiées ou emportées par des personnes qui n’y étaient pas autorisées.",
      ruled_out: "Nous avons établi qu’elles n’ont été ni copiées ni emportées.",
      unknown: "Nous ne pouvons pas exclure qu’elles aient été copiées.",
    },
    integrity: "Certaines de vos informations ont été modifiées sans autorisation.",
    integrityUsed: "Les informations modifiées ont été utilisées avant que nous puissions les corriger.",
    integrityNotUsed: "Nous avons corrigé les informations modifiées avant toute utilisation.",
    availability: "Pendant un certain temps, nous n’avons pas pu accéder à certaines de vos informations.",
    availabilityLost: "Une partie de vos informations a été perdue et ne peut pas être récupérée.",
    careDisrupted: "De ce fait, certains rendez-vous ou soins ont dû être reportés.",
    system: "Système concerné : {systems}",
    occurredOn: "L’incident s’est produit le {occurred}.",
    occurredPeriod: "L’incident a duré du {occurred} au {contained}.",
    occurredOngoing: "L’incident a commencé le {occurred} et n’est pas encore entièrement résolu.",
  },
  discoveredOn: "Nous en avons eu connaissance le {date}.",
  dataItems: "Plus précisément : {dataItems}",
  informationIntro: "Les informations vous concernant touchées par l’incident sont les suivantes :",
  dataCategories: {
    identification: "des données permettant de vous identifier",
    contact: "vos coordonnées, comme votre numéro de téléphone et votre adresse e-mail",
    credentials: "votre identifiant et votre mot de passe pour nos services en ligne",
    financial: "vos coordonnées bancaires ou de paiement",
    official_id: "des numéros d’identité, comme votre numéro de sécurité sociale ou de passeport",
    location: "des informations sur vos déplacements",
    behavioural: "des informations sur vos habitudes et vos préférences",
    communications: "le contenu de messages échangés avec nous",
    images: "des photos ou des vidéos",
    medical_images: "des images médicales, comme des radiographies, des échographies ou des clichés de scanner",
    health: "des informations sur votre santé, comme des diagnostics, des traitements ou des résultats d’examens",
    genetic: "des informations génétiques",
    biometric: "des informations biométriques, comme des empreintes digitales",
    racial_ethnic: "des informations sur votre origine ethnique",
    political: "des informations sur vos opinions politiques",
    religious: "des informations sur votre religion ou vos convictions",
    trade_union: "des informations sur une appartenance syndicale",
    sex_life: "des informations sur votre vie sexuelle ou votre orientation sexuelle",
    criminal: "des informations sur des condamnations ou des infractions pénales",
  },
  consequences: {
    loss_of_confidentiality_health: "Des tiers pourraient prendre connaissance d’informations sur votre santé.",
    disclosure_of_sensitive_data: "Des tiers pourraient prendre connaissance d’informations très personnelles vous concernant.",
    identity_fraud: "Quelqu’un pourrait se faire passer pour vous, par exemple pour ouvrir un compte à votre nom.",
    phishing_and_impersonation: "Vous pourriez recevoir de faux messages ou appels qui prétendent venir de nous.",
    account_takeover: "Quelqu’un pourrait essayer de se connecter à vos comptes.",
    financial_loss: "Quelqu’un pourrait essayer de prélever de l’argent sur votre compte ou d’utiliser votre carte.",
    discrimination_or_reputation:
      "Si ces informations circulent, vous pourriez faire l’objet d’un traitement injuste ou vous retrouver " +
      "dans une situation embarrassante.",
    distress: "Il est bien compréhensible que vous vous demandiez qui a pu voir vos informations.",
    disrupted_care: "Certains rendez-vous ou soins pourraient être retardés.",
    incorrect_records: "Certaines informations de votre dossier pourraient être inexactes tant que nous ne les aurons pas vérifiées.",
    permanent_data_loss: "Une partie de votre dossier est perdue et ne peut pas être récupérée.",
  },
  measuresIntro: "Dès que nous en avons eu connaissance, nous avons pris les mesures suivantes :",
  advice: {
    change_password:
      "Changez votre mot de passe pour nos services en ligne. Si vous utilisez le même mot de passe ailleurs, changez-le aussi.",
    watch_phishing:
      "Méfiez-vous des e-mails, SMS et appels qui se présentent comme venant de nous. Nous ne vous " +
      "demanderons jamais de mot de passe ni de coordonnées bancaires. En cas de doute, raccrochez et " +
      "rappelez-nous au numéro que vous connaissez.",
    watch_bank_statements:
      "Surveillez vos relevés bancaires au cours des prochains mois. Prévenez sans délai votre banque si " +
      "vous constatez un paiement que vous ne reconnaissez pas.",
    identity_fraud:
      "Prêtez attention aux courriers concernant des crédits, des contrats ou des comptes que vous n’avez " +
      "pas demandés. Le cas échéant, signalez-le à la police et à l’organisme concerné. Vous pouvez " +
      "également demander un nouveau document d’identité.",
    health_information:
      "Ces informations peuvent révéler des détails sur votre santé ou vos soins. Si cela vous inquiète ou " +
      "si vous souhaitez en parler, contactez-nous. Nous prendrons le temps de répondre à vos questions.",
    continuity_of_care:
      "Si vous avez prochainement un rendez-vous ou besoin d’une ordonnance, appelez-nous afin que nous " +
      "puissions assurer la continuité de vos soins.",
  },
  contact: "Vous pouvez contacter {contactName} : {contactDetails}.",
  closing: "Nous regrettons sincèrement cet incident et l’inquiétude qu’il peut vous causer.",
  signOff: "Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.\n{organisation}",
  public: {
    subject: "Avis concernant un incident de données personnelles chez {organisation}",
    title: "Avis concernant un incident de données personnelles chez {organisation}",
    intro:
      "{organisation} a subi un incident qui concerne des données personnelles. Comme nous ne pouvons pas " +
      "joindre chaque personne individuellement, nous publions cet avis.",
    concerns: "L’incident concerne {groups}.",
    subjectGroups: {
      patients: "des patients",
      children: "des enfants",
      employees: "des membres du personnel",
      customers: "des clients",
      job_applicants: "des personnes candidates à un emploi",
      students: "des étudiants",
      vulnerable_adults: "des personnes vulnérables",
      other: "d’autres personnes",
    },
    ifConcerned: "Si vous faites partie des personnes concernées, cet avis vous explique ce qui s’est passé et ce que vous pouvez faire.",
  },
};
