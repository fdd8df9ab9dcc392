import { edpbTemplateSections } from "./edpb-template-sections";
import type { AuthorityProfile } from "./profile-types";
import { LABELS_EN } from "./labels-en";
import { VOCABULARY_EN } from "./vocabulary-en";

/*
 * For a country without a dedicated profile: the sections of the EDPB common template (June 2026 draft), with
 * the template's section numbers (see EDPB_TEMPLATE_HEADINGS in edpb-template-types.ts for the sources) and our
 * own English headings. Where one of our groups spans two of the template's sections, both numbers are given.
 * No submission channel: it depends on the competent authority.
 */
export const EDPB_GENERIC_PROFILE: AuthorityProfile = {
  id: "edpb",
  name: "Competent supervisory authority (EDPB common template)",
  country: null,
  language: "en",
  documentTitle: "Personal data breach notification (Art. 33 GDPR)",
  sections: edpbTemplateSections({
    notification_type: "1. Type of notification",
    controller: "2. Controller, person reporting and contact point",
    parties: "2.4 Other parties involved",
    timeline: "3.1 Dates and times, and how it was found",
    nature: "3.2 Nature and circumstances of the breach",
    people_data: "3.3-3.4 People and records concerned",
    protection: "3.5 Protection in place at the time",
    consequences: "4.1-4.2 Likely consequences and risk assessment",
    measures: "4.3-4.4 Measures to mitigate and to prevent a repeat",
    communication: "5. Communication to the people concerned",
    other_authorities: "6.1 Other authorities or bodies told",
    cross_border: "6.2 Cross-border processing",
  }),

  labels: LABELS_EN,
  vocabulary: VOCABULARY_EN,
};
