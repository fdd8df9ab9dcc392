import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { singleLineName } from "./text-rules";
import { emailSchema } from "./admin";
import { timeZoneSchema } from "./time-zone";

const personName = singleLineName(
  z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(200, { error: "is too long" }),
);
const totpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { error: "must be the 6-digit code shown by your authenticator app" });

/** Joining through an invitation link. Password rules beyond length are checked by the service. */
export const acceptInvitationSchema = z.object({
  token: z.string().min(10, { error: "is missing" }),
  name: personName,
  password: z.string().max(256, { error: "is too long" }).optional(),
  totpSecret: z.string().optional(),
  totpCode: totpCode.optional(),
});
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

export const firstAdminSchema = z.object({
  token: z.string().min(10, { error: "is missing" }),
  organizationName: singleLineName(z.string().trim().min(2, { error: "must be at least 2 characters" }).max(200)),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: "must be a two-letter country code such as FR" }),
  timeZone: timeZoneSchema,
  name: personName,
  email: emailSchema,
  password: z.string().max(256, { error: "is too long" }),
  totpSecret: z.string({ error: "is missing" }),
  totpCode,
  /** The language the set-up page was read in: the administrator keeps reading it (docs/I18N.md), whatever the country. */
  language: z.enum(LOCALES, { error: `must be one of: ${LOCALES.join(", ")}` }).optional(),
});
export type FirstAdminInput = z.input<typeof firstAdminSchema>;

export const confirmTwoFactorSchema = z.object({
  totpSecret: z.string({ error: "is missing" }),
  totpCode,
});
