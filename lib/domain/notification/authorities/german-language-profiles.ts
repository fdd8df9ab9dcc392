import { GERMAN_LANDS, type GermanLand } from "@/lib/domain/organisation/regions";
import type { AuthorityRecord, SubmissionRoute } from "./authority-record";
import { AUSTRIAN_AUTHORITY } from "./austrian-authority";
import { GERMAN_AUTHORITIES } from "./german-authorities";
import { LABELS_DE } from "./labels-de";
import { edpbTemplateSections } from "./edpb-template-sections";
import type { AuthorityProfile } from "./profile-types";
import { VOCABULARY_DE } from "./vocabulary-de";

/*
 * The German-language document of the Länder authorities and the Austrian DSB: the sections of the EDPB common
 * template (with its section numbers, as in edpb-generic.ts) under German headings in the terms of Art. 33 DSGVO.
 * None of these authorities' own web forms could be read from here, so the template is the shared backbone.
 */
const SECTIONS_DE = edpbTemplateSections({
  notification_type: "1. Art der Meldung",
  controller: "2. Verantwortlicher, meldende Person und Anlaufstelle",
  parties: "2.4 Weitere Beteiligte",
  timeline: "3.1 Zeitpunkte und Entdeckung",
  nature: "3.2 Art und Umstände der Verletzung",
  people_data: "3.3–3.4 Betroffene Personen und Datensätze",
  protection: "3.5 Schutzmaßnahmen zum Zeitpunkt der Verletzung",
  consequences: "4.1–4.2 Wahrscheinliche Folgen und Risikobewertung",
  measures: "4.3–4.4 Abhilfe- und Vorbeugungsmaßnahmen",
  communication: "5. Benachrichtigung der betroffenen Personen",
  other_authorities: "6.1 Weitere informierte Behörden oder Stellen",
  cross_border: "6.2 Grenzüberschreitende Verarbeitung",
});

const DOCUMENT_TITLE_DE = "Meldung einer Verletzung des Schutzes personenbezogener Daten (Art. 33 DSGVO)";

function routeText(route: SubmissionRoute): string {
  switch (route.kind) {
    case "online_form":
      return `Online-Meldeformular der Aufsichtsbehörde: ${route.url}`;
    case "email":
      return `E-Mail an ${route.address}`;
    case "post":
      return `Brief an ${route.address}`;
    case "see_website":
      return `Meldeweg siehe Website der Aufsichtsbehörde: ${route.url}`;
  }
}

/** The profile of one authority record: its name, channel and address, with the shared German form. */
export function germanLanguageProfile(record: AuthorityRecord): AuthorityProfile {
  const routes = record.submission.map((route) => route.value);
  const first = routes[0];
  return {
    id: record.id as AuthorityProfile["id"],
    name: record.shortName ? `${record.name.value} (${record.shortName})` : record.name.value,
    country: record.country,
    region: record.region,
    language: record.language.value,
    documentTitle: DOCUMENT_TITLE_DE,
    submission: {
      channel: routes.map(routeText).join("; oder "),
      ...(first && (first.kind === "online_form" || first.kind === "see_website") ? { url: first.url } : {}),
    },
    postalAddress: record.postalAddress?.value ?? null,
    website: record.website.value,
    sections: SECTIONS_DE,
    labels: LABELS_DE,
    vocabulary: VOCABULARY_DE,
  };
}

export const LAND_PROFILES: Readonly<Record<GermanLand, AuthorityProfile>> = Object.fromEntries(
  GERMAN_LANDS.map(({ code }) => [code, germanLanguageProfile(GERMAN_AUTHORITIES[code])]),
) as Record<GermanLand, AuthorityProfile>;

export const DSB_PROFILE: AuthorityProfile = germanLanguageProfile(AUSTRIAN_AUTHORITY);

/**
 * A German practice whose Land is not known yet: the document is written in German, but names no authority and no
 * channel, and the completeness check asks for the Land (never the federal BfDI, never a guess).
 */
export const GERMANY_LAND_UNKNOWN_PROFILE: AuthorityProfile = {
  id: "de",
  name: "Zuständige Aufsichtsbehörde des Landes (Bundesland der Praxis noch nicht angegeben)",
  country: "DE",
  region: null,
  language: "de",
  documentTitle: DOCUMENT_TITLE_DE,
  sections: SECTIONS_DE,
  labels: LABELS_DE,
  vocabulary: VOCABULARY_DE,
};
