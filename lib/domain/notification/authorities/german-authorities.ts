import type { GermanLand } from "@/lib/domain/organisation/regions";
import type { AuthorityRecord, SourcedFact } from "./authority-record";

/*
 * The data-protection authorities of the 16 Länder, competent for private practices established there (§ 40 BDSG;
 * the federal BfDI supervises federal bodies and telecommunications, not a medical practice). Each fact names the
 * authority's own page; `checkedOn` marks what was read there for this list (docs/AUTHORITIES.md says how to
 * review and extend it). Where an address or a filing route could not be confirmed on the authority's own pages,
 * the record leaves the address out and points to the website, so that nothing here is a guess.
 */

const CHECKED = "2026-12-07";

/** A fact whose only source is the authority's main website (not re-read for this list). */
const site = <T>(value: T, website: string): SourcedFact<T> => ({ value, source: website });

function land(
  region: GermanLand,
  name: string,
  shortName: string | undefined,
  website: string,
  extra: Partial<Pick<AuthorityRecord, "postalAddress" | "submission">> & { nameSource?: SourcedFact } = {},
): AuthorityRecord {
  return {
    id: region.toLowerCase(),
    country: "DE",
    region,
    name: extra.nameSource ?? site(name, website),
    ...(shortName ? { shortName } : {}),
    language: site("de", website),
    website: site(website, website),
    postalAddress: extra.postalAddress ?? null,
    submission: extra.submission ?? [site({ kind: "see_website", url: website }, website)],
  };
}

const BAYLDA_PRIVACY = "https://lda.dsb-meldung.de/PrivacyPol";
const LDI_NRW_PRIVACY = "https://www.ldi.nrw.de/datenschutzerklaerung";
const LFD_NI_ART33 =
  "https://lfd.niedersachsen.de/startseite/datenschutzrecht/ds_gvo/meldung-von-datenschutzverletzungen-nach-artikel-33-ds-gvo-164616.html";
const SDTB_PRIVACY = "https://www.datenschutz.sachsen.de/datenschutzerklaerung.html";
const SDTB_ART33 = "https://datenschutz.sachsen.de/meldung-datenschutzverstoss-4133.html";
const ULD_PRIVACY = "https://www.datenschutzzentrum.de/datenschutzerklaerung/";
const HBDI_PRIVACY = "https://datenschutz.hessen.de/datenschutz";
const BLNBDI_ART33 = "https://datenschutz-berlin.de/wirtschaft-und-verwaltung/meldung-einer-datenpanne";
const HMBBFDI_PRIVACY = "https://datenschutz-hamburg.de/datenschutzerklaerung";
const HMBBFDI_ART33 = "https://datenschutz-hamburg.de/meldung-databreach";
// The Land's form service runs the authority's breach form (rlp.de, the Land's own domain).
const LFDI_RLP_ART33 = "https://fms.service24.rlp.de/fms/findform?areashortname=LfDI&formtecid=6&shortname=dp_form_lfdi";
const TLFDI_ABOUT = "https://www.tlfdi.de/tlfdi/wir/aufgaben/";
const LFDI_HB_PRIVACY = "https://datenschutz.bremen.de/datenschutzerklaerung-7485";
const LFDI_MV_PRIVACY = "https://www.datenschutz-mv.de/datenschutzerklaerung/";
const LFD_ST_PRESS = "https://datenschutz.sachsen-anhalt.de/landesbeauftragte/pressemitteilungen/pm-lfd-05082025";
const UDZ_ABOUT = "https://datenschutz.saarland.de/ueber-uns/die-landesbeauftragte";
const LDA_BB_PRESS =
  "https://www.lda.brandenburg.de/lda/de/service/presseinformationen/details-presse/" +
  "~03-05-2021-landesbeauftragte-veroeffentlicht-taetigkeitsbericht-datenschutz-2020";

export const GERMAN_AUTHORITIES: Readonly<Record<GermanLand, AuthorityRecord>> = {
  "DE-BW": land(
    "DE-BW",
    "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
    "LfDI BW",
    "https://www.baden-wuerttemberg.datenschutz.de",
  ),
  // The Land's commissioner (BayLfD) supervises public bodies; private practices answer to the BayLDA.
  "DE-BY": land("DE-BY", "Bayerisches Landesamt für Datenschutzaufsicht", "BayLDA", "https://www.lda.bayern.de", {
    nameSource: { value: "Bayerisches Landesamt für Datenschutzaufsicht", source: BAYLDA_PRIVACY, checkedOn: CHECKED },
    postalAddress: { value: "Promenade 27\n91522 Ansbach", source: BAYLDA_PRIVACY, checkedOn: CHECKED },
  }),
  "DE-BE": land("DE-BE", "Berliner Beauftragte für Datenschutz und Informationsfreiheit", "BlnBDI", "https://www.datenschutz-berlin.de", {
    nameSource: { value: "Berliner Beauftragte für Datenschutz und Informationsfreiheit", source: BLNBDI_ART33, checkedOn: CHECKED },
    // The page links the authority's breach form and explains how to fill it in.
    submission: [{ value: { kind: "online_form", url: BLNBDI_ART33 }, source: BLNBDI_ART33, checkedOn: CHECKED }],
  }),
  "DE-BB": land(
    "DE-BB",
    "Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg",
    "LDA Brandenburg",
    "https://www.lda.brandenburg.de",
    {
      nameSource: {
        value: "Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg",
        source: LDA_BB_PRESS,
        checkedOn: CHECKED,
      },
    },
  ),
  "DE-HB": land(
    "DE-HB",
    "Die Landesbeauftragte für Datenschutz und Informationsfreiheit",
    "LfDI Bremen",
    "https://www.datenschutz.bremen.de",
    {
      nameSource: { value: "Die Landesbeauftragte für Datenschutz und Informationsfreiheit", source: LFDI_HB_PRIVACY, checkedOn: CHECKED },
      postalAddress: { value: "Arndtstraße 1\n27570 Bremerhaven", source: LFDI_HB_PRIVACY, checkedOn: CHECKED },
    },
  ),
  "DE-HH": land(
    "DE-HH",
    "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
    "HmbBfDI",
    "https://datenschutz-hamburg.de",
    {
      nameSource: {
        value: "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
        source: HMBBFDI_PRIVACY,
        checkedOn: CHECKED,
      },
      postalAddress: { value: "Ludwig-Erhard-Straße 22, 7. OG\n20459 Hamburg", source: HMBBFDI_PRIVACY, checkedOn: CHECKED },
      submission: [{ value: { kind: "online_form", url: HMBBFDI_ART33 }, source: HMBBFDI_ART33, checkedOn: CHECKED }],
    },
  ),
  "DE-HE": land("DE-HE", "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit", "HBDI", "https://datenschutz.hessen.de", {
    nameSource: { value: "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit", source: HBDI_PRIVACY, checkedOn: CHECKED },
  }),
  "DE-MV": land(
    "DE-MV",
    "Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern",
    "LfDI MV",
    "https://www.datenschutz-mv.de",
    {
      nameSource: {
        value: "Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern",
        source: LFDI_MV_PRIVACY,
        checkedOn: CHECKED,
      },
      // The postal address; the office itself is at Werderstraße 74a.
      postalAddress: { value: "Schloss Schwerin\nLennéstraße 1\n19053 Schwerin", source: LFDI_MV_PRIVACY, checkedOn: CHECKED },
    },
  ),
  "DE-NI": land("DE-NI", "Der Landesbeauftragte für den Datenschutz Niedersachsen", "LfD Niedersachsen", "https://lfd.niedersachsen.de", {
    nameSource: { value: "Der Landesbeauftragte für den Datenschutz Niedersachsen", source: LFD_NI_ART33, checkedOn: CHECKED },
    postalAddress: { value: "Prinzenstraße 5\n30159 Hannover", source: LFD_NI_ART33, checkedOn: CHECKED },
    submission: [{ value: { kind: "online_form", url: LFD_NI_ART33 }, source: LFD_NI_ART33, checkedOn: CHECKED }],
  }),
  "DE-NW": land(
    "DE-NW",
    "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
    "LDI NRW",
    "https://www.ldi.nrw.de",
    {
      nameSource: {
        value: "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
        source: LDI_NRW_PRIVACY,
        checkedOn: CHECKED,
      },
      postalAddress: { value: "Postfach 20 04 44\n40102 Düsseldorf", source: LDI_NRW_PRIVACY, checkedOn: CHECKED },
    },
  ),
  "DE-RP": land(
    "DE-RP",
    "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
    "LfDI RLP",
    "https://www.datenschutz.rlp.de",
    { submission: [{ value: { kind: "online_form", url: LFDI_RLP_ART33 }, source: LFDI_RLP_ART33, checkedOn: CHECKED }] },
  ),
  "DE-SL": land("DE-SL", "Unabhängiges Datenschutzzentrum Saarland", "UDZ", "https://www.datenschutz.saarland.de", {
    nameSource: { value: "Unabhängiges Datenschutzzentrum Saarland", source: UDZ_ABOUT, checkedOn: CHECKED },
  }),
  "DE-SN": land("DE-SN", "Sächsische Datenschutz- und Transparenzbeauftragte", "SDTB", "https://www.datenschutz.sachsen.de", {
    nameSource: { value: "Sächsische Datenschutz- und Transparenzbeauftragte", source: SDTB_PRIVACY, checkedOn: CHECKED },
    // The authority asks that letters use the post-office box only.
    postalAddress: { value: "Postfach 11 01 32\n01330 Dresden", source: SDTB_PRIVACY, checkedOn: CHECKED },
    submission: [{ value: { kind: "online_form", url: SDTB_ART33 }, source: SDTB_ART33, checkedOn: CHECKED }],
  }),
  "DE-ST": land("DE-ST", "Landesbeauftragte für den Datenschutz Sachsen-Anhalt", undefined, "https://datenschutz.sachsen-anhalt.de", {
    nameSource: { value: "Landesbeauftragte für den Datenschutz Sachsen-Anhalt", source: LFD_ST_PRESS, checkedOn: CHECKED },
  }),
  "DE-SH": land("DE-SH", "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein", "ULD", "https://www.datenschutzzentrum.de", {
    nameSource: { value: "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein", source: ULD_PRIVACY, checkedOn: CHECKED },
    postalAddress: { value: "Holstenstraße 98\n24103 Kiel", source: ULD_PRIVACY, checkedOn: CHECKED },
    // The breach form is a document to download (ODT or RTF) from the website, then sent in.
    submission: [
      { value: { kind: "see_website", url: ULD_PRIVACY }, source: ULD_PRIVACY, checkedOn: CHECKED },
      { value: { kind: "email", address: "mail@datenschutzzentrum.de" }, source: ULD_PRIVACY, checkedOn: CHECKED },
    ],
  }),
  "DE-TH": land(
    "DE-TH",
    "Der Thüringer Landesbeauftragte für den Datenschutz und die Informationsfreiheit",
    "TLfDI",
    "https://www.tlfdi.de",
    {
      nameSource: {
        value: "Der Thüringer Landesbeauftragte für den Datenschutz und die Informationsfreiheit",
        source: TLFDI_ABOUT,
        checkedOn: CHECKED,
      },
    },
  ),
};
