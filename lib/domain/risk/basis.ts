/**
 * The provisions and guidance each reason cites. Kept in one place so a citation is written (and corrected)
 * once. Paragraph or section numbers are given only where they are certain; otherwise the document is named.
 */
export const BASIS = {
  art4_12: "GDPR Art. 4(12)",
  art9: "GDPR Art. 9(1)",
  art10: "GDPR Art. 10",
  art33_1: "GDPR Art. 33(1)",
  art33_2: "GDPR Art. 33(2)",
  art34_1: "GDPR Art. 34(1)",
  art34_3_a: "GDPR Art. 34(3)(a)",
  art34_3_b: "GDPR Art. 34(3)(b)",
  art34_3_c: "GDPR Art. 34(3)(c)",
  recital38: "GDPR Recital 38",
  recital75: "GDPR Recital 75",
  recital85: "GDPR Recital 85",
  riskFactors: "EDPB Guidelines 9/2022, section IV.B (factors to consider when assessing risk)",
  notificationNotRequired: "EDPB Guidelines 9/2022, section II.D (conditions where notification is not required)",
  communicationNotRequired: "EDPB Guidelines 9/2022, section III.D (conditions where communication is not required)",
  availabilityInHealthcare: "EDPB Guidelines 9/2022 (availability breaches: temporary loss of patient data in a hospital)",
  quickRestore: "EDPB Guidelines 01/2021, Case No. 01",
  noBackup: "EDPB Guidelines 01/2021, Case No. 02",
  ransomwareHospital: "EDPB Guidelines 01/2021, Case No. 03",
  exfiltrationRuledOut: "EDPB Guidelines 01/2021, Case No. 01 and Case No. 03",
  hashedPasswords: "EDPB Guidelines 01/2021, Case No. 06",
  credentialStuffing: "EDPB Guidelines 01/2021, Case No. 07",
  trustedRecipient: "EDPB Guidelines 01/2021, Case No. 09",
  encryptedDevice: "EDPB Guidelines 01/2021, Case No. 10",
  unencryptedDevice: "EDPB Guidelines 01/2021, Case No. 11",
  mispostal: "EDPB Guidelines 01/2021, section 6 (mispostal)",
  enisa: "ENISA, Recommendations for a methodology of the assessment of severity of personal data breaches (2013)",
} as const;
