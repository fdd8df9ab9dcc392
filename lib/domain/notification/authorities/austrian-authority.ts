import type { AuthorityRecord } from "./authority-record";

/*
 * Austria, Datenschutzbehörde. Read on the authority's page on data-breach notifications: an online form (or
 * its PDF version), or an e-mail, or a letter to the address below.
 */
const DSB_BREACH_PAGE = "https://dsb.gv.at/eingabe-an-die-dsb/-meldung-data-breach";
const CHECKED = "2026-12-07";

export const AUSTRIAN_AUTHORITY: AuthorityRecord = {
  id: "dsb",
  country: "AT",
  region: null,
  name: { value: "Österreichische Datenschutzbehörde", source: DSB_BREACH_PAGE, checkedOn: CHECKED },
  shortName: "DSB",
  language: { value: "de", source: DSB_BREACH_PAGE, checkedOn: CHECKED },
  website: { value: "https://www.dsb.gv.at", source: DSB_BREACH_PAGE, checkedOn: CHECKED },
  postalAddress: { value: "Barichgasse 40-42\n1030 Wien", source: DSB_BREACH_PAGE, checkedOn: CHECKED },
  submission: [
    { value: { kind: "online_form", url: DSB_BREACH_PAGE }, source: DSB_BREACH_PAGE, checkedOn: CHECKED },
    { value: { kind: "email", address: "dsb@dsb.gv.at" }, source: DSB_BREACH_PAGE, checkedOn: CHECKED },
    {
      value: { kind: "post", address: "Österreichische Datenschutzbehörde, Barichgasse 40-42, 1030 Wien" },
      source: DSB_BREACH_PAGE,
      checkedOn: CHECKED,
    },
  ],
};
