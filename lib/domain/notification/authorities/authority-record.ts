/*
 * An authority as data a lawyer can review: every fact carries the authority's own page it comes from
 * (docs/AUTHORITIES.md). A fact carries `checkedOn` when it was read on that page on that date; without it,
 * only the authority's main website is cited and the value must be confirmed there before relying on it.
 * What could not be confirmed is left out (a postal address) or points to the website (the channel), never guessed.
 */

export interface SourcedFact<T = string> {
  value: T;
  /** The authority's own page (https) the value was read on. */
  source: string;
  /** ISO date the value was read on the source page. */
  checkedOn?: string;
}

export type SubmissionRoute =
  | { kind: "online_form"; url: string }
  | { kind: "email"; address: string }
  | { kind: "post"; address: string }
  /** Not confirmed here: the practice follows the authority's website. */
  | { kind: "see_website"; url: string };

export interface AuthorityRecord {
  /** Breachdesk's id: "de-by" for a Land, "dsb" for Austria. */
  id: string;
  country: string;
  /** ISO 3166-2 subdivision whose practices it supervises ("DE-BY"); null for a whole country. */
  region: string | null;
  name: SourcedFact;
  /** Short name printed after the full one ("BayLDA"); part of the name's fact. */
  shortName?: string;
  language: SourcedFact<"de">;
  website: SourcedFact;
  /** Null when not confirmed on the authority's own pages: the document then refers to the website. */
  postalAddress: SourcedFact | null;
  /** How a controller files an Art. 33 notification, in the authority's order of preference. */
  submission: readonly SourcedFact<SubmissionRoute>[];
}

/** Every fact of a record, for the review table and the test that each has a source. */
export function factsOf(record: AuthorityRecord): { fact: string; value: unknown; source: string; checkedOn?: string }[] {
  const one = (fact: string, sourced: SourcedFact<unknown>) => ({
    fact,
    value: sourced.value,
    source: sourced.source,
    checkedOn: sourced.checkedOn,
  });
  return [
    one("name", record.name),
    one("language", record.language),
    one("website", record.website),
    ...(record.postalAddress ? [one("postalAddress", record.postalAddress)] : []),
    ...record.submission.map((route, index) => one(`submission[${index}]`, route)),
  ];
}
