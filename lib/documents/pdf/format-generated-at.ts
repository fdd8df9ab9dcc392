/**
 * Shows the generation instant in the document's zone and names that zone, e.g.
 * "31 Mar 2026, 00:30 CEST (Europe/Paris)": an abbreviation alone is ambiguous ("IST") and some locales
 * print only "GMT+2", so the IANA name always follows.
 */
export function formatGeneratedAt(at: Date, timeZone: string, language: string): string {
  const locale = safeLocale(language);
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).formatToParts(at);
  const zoneName = parts.find((part) => part.type === "timeZoneName")?.value ?? "";
  const withoutZone = parts
    .filter((part) => part.type !== "timeZoneName")
    .map((part) => part.value)
    .join("")
    .trim()
    .replace(/[\s,]+$/, "");
  return `${withoutZone} ${zoneName} (${timeZone})`.replace(/\s+/g, " ");
}

function safeLocale(language: string): string {
  // Plain "en" would give US month-first dates; European authorities read day-first.
  if (language.toLowerCase() === "en") return "en-GB";
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0 ? language : "en-GB";
  } catch {
    return "en-GB";
  }
}
