import { z } from "zod";
import { checkRegistrationNumber } from "@/lib/domain/organisation/registration-number";
import { suggestedZone, supportedCountry } from "@/lib/domain/organisation/countries";
import { checkRegion } from "@/lib/domain/organisation/regions";
import { plainText, singleLineName, singleLineText } from "./text-rules";
import { ROLES } from "@/lib/domain/accounts/roles";
import { internalTargetSettingsSchema, reminderSettingsSchema } from "./clock-settings";
import { timeZoneSchema } from "./time-zone";
import { LOCALES } from "@/lib/i18n/locales";

export const slugSchema = z
  .string({ error: "is required" })
  .trim()
  .min(2, { error: "must be at least 2 characters" })
  .max(60, { error: "must be at most 60 characters" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "may contain only lower-case letters, digits and single hyphens" });

export const emailSchema = z
  .string({ error: "is required" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "must be an e-mail address" }).max(254, { error: "is too long" }));

export const roleSchema = z.enum(ROLES, { error: () => `must be one of: ${ROLES.join(", ")}` });

/** A country the app knows the authority and clocks of, chosen from a list rather than typed. */
export const supportedCountrySchema = z
  .string({ error: "is required" })
  .trim()
  .toUpperCase()
  .refine((code) => supportedCountry(code) !== null, {
    error: "must be one of the countries in the list, as a two-letter code such as FR",
  });

export const organizationCreateSchema = z
  .object({
    name: singleLineName(z.string({ error: "is required" }).trim().min(2, { error: "must be at least 2 characters" }).max(200)),
    slug: slugSchema.optional(),
    country: supportedCountrySchema.default("FR"),
    timeZone: timeZoneSchema.optional(),
    // Without a zone, the country's usual one: a practice created for Czechia keeps Prague's clocks.
  })
  .transform((organization) => ({
    ...organization,
    timeZone: organization.timeZone ?? suggestedZone(organization.country) ?? "Europe/Paris",
  }));
export type OrganizationCreateInput = z.input<typeof organizationCreateSchema>;

export const memberAddSchema = z.object({
  organization: slugSchema,
  email: emailSchema,
  role: roleSchema,
  name: singleLineName(z.string().trim().min(1).max(200)).optional(),
  /** The new person's interface language, and their invitation e-mail's; unset: their practice's, then their browser's. */
  language: z.enum(LOCALES, { error: `must be one of: ${LOCALES.join(", ")}` }).optional(),
});
export type MemberAddInput = z.input<typeof memberAddSchema>;

export const apiTokenCreateSchema = z.object({
  email: emailSchema,
  expiresDays: z
    .number({ error: "must be a number of days" })
    .int({ error: "must be a whole number of days" })
    .min(1, { error: "must be at least 1" })
    .max(730, { error: "must be at most 730 (two years)" })
    .default(90),
  name: singleLineText(z.string().trim().min(1).max(100)).default("API token"),
});
export type ApiTokenCreateInput = z.input<typeof apiTokenCreateSchema>;

export const REGIME_CHOICES = ["gdpr", "uk-gdpr", "nis2", "hipaa", "eprivacy"] as const;

/**
 * What an administrator can change about their practice. `targets` and `reminders` (the practice's clocks,
 * clock-settings.ts) each replace what is stored when given, and leave it as it is when left out.
 */
export const organizationSettingsSchema = z
  .object({
    organizationId: z.string().min(1),
    name: singleLineName(z.string().trim().min(2, { error: "must be at least 2 characters" }).max(200)),
    country: supportedCountrySchema,
    /** The Land of a German practice (ISO 3166-2, "DE-BY"), which decides its authority; "" clears it. */
    region: z
      .string({ error: "must be a Land code such as DE-BY, or empty" })
      .trim()
      .toUpperCase()
      .regex(/^$|^[A-Z]{2}-[A-Z0-9]{1,3}$/, { error: "must be a Land code such as DE-BY" })
      .optional(),
    timeZone: timeZoneSchema,
    /** A practice's business address, as printed on its plate and in public registers: not encrypted. */
    address: plainText(z.string().trim().max(500, { error: "must be at most 500 characters" }))
      // Browsers send a textarea's lines with CRLF; one form is stored, whichever way it came.
      .transform((value) => value.replace(/\r\n?/g, "\n"))
      .optional(),
    /** Checked against the country below (SIREN/SIRET, IČO); "" clears it. */
    registrationNumber: z.string().trim().max(50, { error: "must be at most 50 characters" }).optional(),
    dpoName: singleLineName(z.string().trim().max(200)).optional(),
    dpoEmail: z.union([z.literal(""), emailSchema]).optional(),
    dpoPhone: z.string().trim().max(50).optional(),
    regimes: z
      .array(z.enum(REGIME_CHOICES, { error: () => `must be among: ${REGIME_CHOICES.join(", ")}` }))
      .min(1, { error: "choose at least one regime" }),
    targets: internalTargetSettingsSchema.optional(),
    reminders: reminderSettingsSchema.optional(),
  })
  .transform((input, ctx) => {
    // The Land only exists for a country whose authority depends on it (Germany): docs/AUTHORITIES.md.
    const region = checkRegion(input.country, input.region);
    if (!region.ok) {
      ctx.addIssue({ code: "custom", path: ["region"], message: region.problem });
      return z.NEVER;
    }
    const settings = { ...input, region: region.value };
    if (!settings.registrationNumber)
      return { ...settings, registrationNumber: settings.registrationNumber === undefined ? undefined : null };
    const checked = checkRegistrationNumber(settings.country, settings.registrationNumber);
    if (checked.ok) return { ...settings, registrationNumber: checked.value };
    ctx.addIssue({ code: "custom", path: ["registrationNumber"], message: checked.problem });
    return z.NEVER;
  });
export type OrganizationSettingsInput = z.input<typeof organizationSettingsSchema>;
