import type { Vocabulary } from "./profile-types";

export const VOCABULARY_FR: Vocabulary = {
  yes: "Oui",
  no: "Non",
  notKnownYet: "Pas encore connu",
  none: "Aucun",
  dpo: "Délégué à la protection des données",
  otherContact: "Point de contact (autre que le DPO)",
  derivedNote: "Proposé par Breachdesk à partir des faits et de l’évaluation des risques ; à confirmer par le cabinet.",
  approximately: (count) => `environ ${count}`,
  notificationKinds: { initial: "Notification initiale", "follow-up": "Notification complémentaire", complete: "Notification complète" },
  breachTypes: {
    confidentiality: "Perte de confidentialité (divulgation ou accès non autorisé)",
    integrity: "Perte d’intégrité (modification non autorisée)",
    availability: "Perte de disponibilité (perte d’accès ou destruction)",
  },
  causes: { malicious: "Acte malveillant", accidental: "Accident ou erreur", unknown: "Inconnue" },
  dataCategories: {
    identification: "Données d’identification (par exemple nom, adresse ou date de naissance)",
    contact: "Coordonnées",
    credentials: "Identifiants de connexion",
    financial: "Données financières ou bancaires",
    official_id: "Numéros d’identification officiels (carte d’identité, passeport, numéro de sécurité sociale)",
    location: "Données de localisation",
    behavioural: "Données comportementales",
    communications: "Contenu de communications",
    images: "Photographies et vidéos",
    medical_images: "Imagerie médicale",
    health: "Données de santé",
    genetic: "Données génétiques",
    biometric: "Données biométriques",
    racial_ethnic: "Origine raciale ou ethnique",
    political: "Opinions politiques",
    religious: "Convictions religieuses ou philosophiques",
    trade_union: "Appartenance syndicale",
    sex_life: "Vie sexuelle ou orientation sexuelle",
    criminal: "Condamnations pénales et infractions",
  },
  subjectCategories: {
    patients: "Patients",
    children: "Enfants",
    employees: "Salariés",
    customers: "Clients",
    job_applicants: "Candidats à un emploi",
    students: "Étudiants",
    vulnerable_adults: "Personnes vulnérables",
    other: "Autres",
  },
  recipients: {
    public: "Le public (par exemple publié sur Internet)",
    unknown: "Destinataires inconnus",
    known_untrusted: "Destinataires connus, non tenus à la confidentialité",
    known_trusted: "Destinataire connu et de confiance, qui a confirmé la suppression",
  },
  exfiltration: {
    confirmed: "Copie ou vol des données confirmé",
    unknown: "On ignore si les données ont été copiées",
    ruled_out: "Copie des données exclue",
  },
  access: { confirmed: "Oui, c’est établi", ruled_out: "Non, c’est exclu", unknown: "Inconnu" },
  discoveredBy: {
    controller: "L’organisme lui-même",
    processor: "Un sous-traitant",
    data_subject: "Une personne concernée",
    external_party: "Un autre tiers",
    press: "La presse ou les médias",
    other: "Autre",
  },
  notABreachHeading: "Pas de violation de données à caractère personnel : aucune notification",
  notABreach: {
    deceased_only:
      "Les données concernent uniquement des personnes décédées. Le RGPD ne s’applique pas aux données à " +
      "caractère personnel des personnes décédées (considérant 27) : il n’y a ni violation à notifier ni " +
      "personne à informer au titre de l’article 34.",
    no_personal_data:
      "Aucune personne physique identifiée ou identifiable n’est concernée (par exemple des données de test " +
      "fictives) : aucune donnée à caractère personnel n’est en cause (article 4, point 1, du RGPD) et il " +
      "n’y a rien à notifier.",
  },
  encryption: {
    none: "Non chiffrées",
    weak: "Chiffrement faible ou clé exposée",
    state_of_the_art: "Chiffrement robuste, clé non compromise",
  },
  identifiability: {
    direct: "Identification directe",
    indirect: "Identification indirecte",
    pseudonymised: "Données pseudonymisées (clé non exposée)",
  },
  riskLevels: { none: "Risque peu probable", risk: "Risque", high: "Risque élevé" },
  consequences: {
    loss_of_confidentiality_health: "Des informations de santé couvertes par le secret médical peuvent être connues de tiers.",
    disclosure_of_sensitive_data: "Des données sensibles (catégories particulières) peuvent être divulguées.",
    identity_fraud: "Les données pourraient servir à une usurpation d’identité.",
    phishing_and_impersonation:
      "Les personnes peuvent recevoir des messages d’hameçonnage ou des appels se faisant passer pour le cabinet.",
    account_takeover: "Des comptes pourraient être piratés avec les identifiants exposés.",
    financial_loss: "Les personnes peuvent subir une perte financière.",
    discrimination_or_reputation: "La divulgation pourrait entraîner une discrimination ou une atteinte à la réputation.",
    distress: "Les personnes peuvent ressentir de l’inquiétude et de la détresse.",
    disrupted_care: "Les soins peuvent être retardés ou perturbés tant que les dossiers sont inaccessibles.",
    incorrect_records: "Des décisions ou des soins pourraient reposer sur des dossiers modifiés.",
    permanent_data_loss: "Une partie des dossiers est définitivement perdue.",
  },
  communicationStatus: {
    not_decided: "Pas encore décidé",
    planned: "Prévue",
    sent: "Personnes informées",
    not_required: "Non requise",
    public_communication: "Communication publique à la place (art. 34, par. 3, point c)",
  },
};
