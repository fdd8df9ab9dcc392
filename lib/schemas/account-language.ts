import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

/**
 * The interface language a person chooses in Your account (docs/I18N.md), or null to follow their practice's
 * country, then their browser. The form sends an empty value for null.
 */
export const accountLanguageSchema = z.object({
  locale: z.enum(LOCALES, { error: `must be one of: ${LOCALES.join(", ")}, or empty` }).nullable(),
});
export type AccountLanguageInput = z.input<typeof accountLanguageSchema>;
export type AccountLanguage = z.output<typeof accountLanguageSchema>;
