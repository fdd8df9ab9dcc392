import type { DocumentLanguage } from "../format-instant";

/** The few words of an authority document that are not field labels: its header rows and the lists of gaps. */
export interface DocumentWords {
  notification: string;
  submission: string;
  authorityAddress: string;
  /** Printed where the authority's address could not be confirmed: the reader looks it up there. */
  seeWebsite: (url: string) => string;
  missingHeading: string;
  formGapsHeading: string;
}

export const DOCUMENT_WORDS: Record<DocumentLanguage, DocumentWords> = {
  en: {
    notification: "Notification",
    submission: "Submission",
    authorityAddress: "Authority's postal address",
    seeWebsite: (url) => `See the authority's website: ${url}`,
    missingHeading: "Still missing before filing",
    formGapsHeading: "Also asked by the form, not known yet",
  },
  fr: {
    notification: "Notification",
    submission: "Mode de transmission",
    authorityAddress: "Adresse postale de l’autorité",
    seeWebsite: (url) => `Voir le site de l’autorité : ${url}`,
    missingHeading: "Éléments manquants avant la notification",
    formGapsHeading: "Également demandé par le formulaire, pas encore connu",
  },
  cs: {
    notification: "Ohlášení",
    submission: "Způsob podání",
    authorityAddress: "Poštovní adresa úřadu",
    seeWebsite: (url) => `Viz internetové stránky úřadu: ${url}`,
    missingHeading: "Před podáním ještě chybí",
    formGapsHeading: "Další údaje, které formulář požaduje (zatím neznámé)",
  },
  de: {
    notification: "Meldung",
    submission: "Übermittlungsweg",
    authorityAddress: "Postanschrift der Aufsichtsbehörde",
    seeWebsite: (url) => `Siehe Website der Aufsichtsbehörde: ${url}`,
    missingHeading: "Vor der Meldung fehlt noch",
    formGapsHeading: "Vom Formular zusätzlich erfragt, noch nicht bekannt",
  },
};
