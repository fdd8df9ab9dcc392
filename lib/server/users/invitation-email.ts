/**
 * The invitation e-mail, in the invitee's language (docs/I18N.md): the one their account has (chosen by them, or
 * for a new account by whoever invited them), else the one the invitation names, else that of the practice's
 * country, else English.
 */
import type { Role } from "@/lib/domain/accounts/roles";
import { isLocale, localeOfCountry, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { EmailMessage } from "@/lib/mail/email-message";

export function invitationLocale(facts: { userLocale?: string | null; language?: string | null; practiceCountry?: string | null }): Locale {
  if (isLocale(facts.userLocale)) return facts.userLocale;
  if (isLocale(facts.language)) return facts.language;
  return localeOfCountry(facts.practiceCountry) ?? "en";
}

export function invitationEmail(input: {
  locale: Locale;
  to: string;
  practice: string;
  role: Role;
  /** An existing account accepts by signing in; a new one chooses its password through the link. */
  signsInToAccept: boolean;
  link: string;
}): Pick<EmailMessage, "to" | "subject" | "text"> {
  const t = translatorFor(input.locale);
  const values = { practice: input.practice, role: t(`email.roles.${input.role}`) };
  return {
    to: input.to,
    subject: t("email.invitation.subject", values),
    text: [
      input.signsInToAccept ? t("email.invitation.invitedToJoin", values) : t("email.invitation.givenRole", values),
      "",
      input.signsInToAccept ? t("email.invitation.signInToAccept") : t("email.invitation.choosePassword"),
      input.link,
      "",
      t("email.invitation.notExpected"),
    ].join("\n"),
  };
}
