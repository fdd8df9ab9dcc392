import { messagesOf } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

/*
 * Timeline entries Breachdesk wrote itself were stored in English (the stored text is the API's answer): the
 * fixed ones, and the assessment and filing lines, are put in the reader's language wherever a person reads them
 * (the incident's page, the assessment PDF); what a person typed stays as typed.
 */
const FIXED_SUMMARIES: Record<string, string> = {
  "The breach began": "occurred",
  "The breach was discovered": "discovered",
  "The practice became aware of the breach": "aware",
  "The breach was contained": "contained",
  "Reported to the DPO": "reported",
  "Assessment started": "under_assessment",
  "Notification decided": "decided",
  "Reopened for assessment": "reopenedForAssessment",
  "Authority notified": "notified",
  "Closed without notification (documented in the register)": "closedWithout",
  Closed: "closed",
  Reopened: "reopened",
};
const ASSESSED = /^Risk assessment v(\d+):/;
const FILED = /^(initial|follow-up|complete) notification filed with (.+) \((online form|email|post|phone)\)(, reference .+)?$/;

/** What the assessment line needs of the assessment version it names. */
export interface AssessedVersion {
  version: number;
  riskLevel: string;
  authority: { decision: string };
  subjects: { decision: string };
}

const inList = (list: Record<string, string>, id: string) => (Object.hasOwn(list, id) ? list[id]! : id);

export function systemSummaryIn(locale: Locale, summary: string, versions: readonly AssessedVersion[]): string {
  if (locale === "en") return summary;
  const messages = messagesOf(locale).documents.assessment;
  const t = translatorFor(locale);
  const fixed = FIXED_SUMMARIES[summary];
  if (fixed) return inList(messages.summaries, fixed);
  const assessed = ASSESSED.exec(summary);
  const version = assessed && versions.find((v) => v.version === Number(assessed[1]));
  if (version)
    return t("documents.assessment.assessedEvent", {
      version: String(version.version),
      risk: inList(messages.words, version.riskLevel),
      authority: inList(messages.words, version.authority.decision),
      people: inList(messages.words, version.subjects.decision),
    });
  const filed = FILED.exec(summary);
  if (filed)
    return (
      t("documents.assessment.filedEvent", {
        kind: inList(messages.filedKinds, filed[1]!),
        authority: filed[2]!,
        channel: inList(messages.channels, filed[3]!),
      }) + (filed[4] ?? "").replace(/^, reference /, ", ")
    );
  return summary;
}
