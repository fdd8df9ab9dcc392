/** The words of a reminder e-mail, in its recipients' language. Every time in it names its zone. */
import { formatForPeople, standingAt, type Deadline } from "@/lib/domain/deadlines";
import { durationInWords } from "@/lib/domain/deadlines/duration-words";
import { formatInstant } from "@/lib/domain/notification/format-instant";
import { BASIS } from "@/lib/domain/risk/basis";
import { messagesOf } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { EmailMessage } from "@/lib/mail/email-message";

type Translator = ReturnType<typeof translatorFor>;

/** "2 d 5 h", "3 h 20 min", "less than a minute", as deadline-status.ts counts them, in the reader's words. */
function durationIn(t: Translator, ms: number): string {
  return durationInWords(ms, (message, values) => t(`email.duration.${message}`, values));
}

/** English keeps the product's own format ("31 Mar 2026, 00:30 CEST"); the others Intl's, with the zone's name. */
function instantIn(locale: Locale, instant: Date, timeZone: string): string {
  return locale === "en" ? formatForPeople(instant, timeZone) : formatInstant(instant, timeZone, locale);
}

const BASIS_KEY = new Map<string, string>(Object.entries(BASIS).map(([key, citation]) => [citation, key]));

/**
 * The legal basis as the reader's language cites it: a provision the assessment cites too in that language's
 * form ("Art. 33 Abs. 1 DSGVO"), another with its regime's name in that language ("DSGVO Art. 33(4)").
 */
function basisIn(t: Translator, locale: Locale, deadline: Deadline): string {
  const key = locale === "en" ? undefined : BASIS_KEY.get(deadline.basis);
  const citations: Record<string, string> = messagesOf(locale).documents.assessment.bases;
  if (key && Object.hasOwn(citations, key)) return citations[key]!;
  const english = translatorFor("en")(`email.regimes.${deadline.regime}`);
  return deadline.basis.startsWith(`${english} `)
    ? `${t(`email.regimes.${deadline.regime}`)}${deadline.basis.slice(english.length)}`
    : deadline.basis;
}

export function reminderEmail(input: {
  to: string[];
  locale: Locale;
  incident: { id: string; reference: string; title: string; timeZone: string };
  deadline: Deadline;
  now: Date;
  appUrl: string;
}): EmailMessage {
  const { incident, deadline, now, locale } = input;
  const t = translatorFor(locale);
  const { status, remainingMs } = standingAt(deadline.due, now);
  const overdue = status === "overdue";
  const standing = overdue
    ? t("email.standing.overdueBy", { duration: durationIn(t, remainingMs) })
    : remainingMs === 0
      ? t("email.standing.dueNow")
      : t("email.standing.dueIn", { duration: durationIn(t, remainingMs) });
  const action = t(`email.obligations.${deadline.obligation}`);
  const headline = overdue ? t("email.reminder.headlineOverdue", { action }) : t("email.reminder.headline", { action, standing });
  const lines = [
    t("email.reminder.incident", { reference: incident.reference, title: incident.title }),
    "",
    t("email.reminder.obligation", { action, regime: t(`email.regimes.${deadline.regime}`), basis: basisIn(t, locale, deadline) }),
    t("email.reminder.due", { due: instantIn(locale, deadline.due, incident.timeZone), dueUtc: instantIn(locale, deadline.due, "UTC") }),
    deadline.dueUnder1182 ? t("email.reminder.outerLimit", { limit: instantIn(locale, deadline.dueUnder1182, incident.timeZone) }) : null,
    overdue ? t("email.reminder.overdue", { standing }) : t("email.reminder.status", { standing }),
    deadline.provisional ? t("email.reminder.provisional") : null,
    "",
    t("email.reminder.open", { url: `${input.appUrl.replace(/\/$/, "")}/` }),
  ].filter((line): line is string => line !== null);
  return { to: input.to, subject: t("email.reminder.subject", { reference: incident.reference, headline }), text: lines.join("\n") };
}
