import { incidentTitle } from "@/lib/server/incidents/incident-title";
import {
  AUTHORITY_PROFILES,
  answerTemplate,
  buildArt33Content,
  renderNotificationDocument,
  selectAuthority,
  type Art33Content,
  type AuthorityProfile,
  type MissingItem,
  type NotificationDocument,
  type NotificationInput,
  type TemplateAnswers,
} from "@/lib/domain/notification";
import type { IncidentRow } from "@/lib/server/incidents/incident-dto";
import { filingDeadlineLabel, type Deadline } from "@/lib/domain/deadlines";
import { authorityDeadline } from "@/lib/server/register/authority-deadline";
import type { NotificationSources } from "./notification-input";

export interface AuthoritySummary {
  id: string;
  name: string;
  country: string | null;
  language: string;
  submission: { channel: string; url?: string } | null;
}

/** The Art. 33 notification as it would be filed now with one authority, and what it still lacks. */
export interface NotificationDraft {
  incident: { id: string; organizationId: string; reference: string; title: string; state: string; timeZone: string; awareAt: string };
  authority: AuthoritySummary;
  /** Every authority Breachdesk has a form for, to pick another (e.g. a lead authority). */
  authorities: AuthoritySummary[];
  content: Art33Content;
  /** Items Art. 33(3) requires ("art33") and those the template and national form add ("template"), in plain words. */
  missing: MissingItem[];
  art33Complete: boolean;
  document: NotificationDocument;
  templateAnswers: TemplateAnswers;
  /** GDPR Art. 33(1) deadline (computeDeadlines) and whether filing now would be late. */
  notifyAuthorityBy: string | null;
  /**
   * The same deadline named for whose duty it is ("Notify the controller by" for a processor, Art. 33(2)),
   * with its basis and the legal limit under Regulation 1182/71.
   */
  deadline: { label: string; basis: string; due: string; legalLimit: string } | null;
  lateIfFiledNow: boolean;
  generatedAt: string;
}

export function summariseAuthority(profile: AuthorityProfile): AuthoritySummary {
  return {
    id: profile.id,
    name: profile.name,
    country: profile.country,
    language: profile.language,
    submission: profile.submission ?? null,
  };
}

/** Why an authority asked for by name is refused: what may be asked instead. */
export const UNKNOWN_AUTHORITY_PROBLEM =
  "is not an authority Breachdesk has a form for (cnil, ico, dpc, uoou, dsb, edpb, a German Land's authority " +
  "de-bw ... de-th or the Land's code DE-BW ... DE-TH, or a country code)";

/**
 * True when Breachdesk has a form for the authority asked for (an id such as "cnil" or "de-by", a Land such as
 * "DE-BY" or a country code such as "IE"). Germany alone names no authority: its Land does (docs/AUTHORITIES.md).
 */
export function isKnownAuthority(requested: string): boolean {
  const profile = selectAuthority(null, requested);
  if (profile.id === "de") return false;
  return profile.id !== "edpb" || requested.trim().toLowerCase() === "edpb";
}

/** The authority asked for (id or country code), else the lead authority, else the organisation's country. */
export function authorityFor(input: NotificationInput, requested: string | undefined, leadAuthority: string | undefined): AuthorityProfile {
  if (requested && requested.trim()) return selectAuthority(null, requested);
  return selectAuthority(input.organisation.country, leadAuthority ?? null, input.organisation.region);
}

/** The deadline a filing on this incident is judged against (lib/domain/deadlines/filing-deadline.ts). */
export function filingDeadlineOf(incident: IncidentRow): Deadline | null {
  const role = (JSON.parse(incident.facts) as { role?: string }).role;
  return authorityDeadline({
    awareAt: incident.awareAt,
    timeZone: incident.timeZone,
    regimes: JSON.parse(incident.regimes) as string[],
    role,
  });
}

/** Pure assembly from loaded sources: used by the draft, the PDF and JSON exports, the filing and the packet. */
export function buildDraft(incident: IncidentRow, sources: NotificationSources, now: Date, requested?: string): NotificationDraft {
  const profile = authorityFor(sources.input, requested, sources.settings.leadAuthority);
  const content = buildArt33Content(sources.input, now);
  const full = filingDeadlineOf(incident);
  const deadline = full?.due ?? null;
  const firstFiled = sources.input.filings?.length ? null : now;
  return {
    incident: {
      id: incident.id,
      organizationId: incident.organizationId,
      reference: incident.reference,
      title: incidentTitle(incident),
      state: incident.state,
      timeZone: incident.timeZone,
      awareAt: incident.awareAt.toISOString(),
    },
    authority: summariseAuthority(profile),
    authorities: Object.values(AUTHORITY_PROFILES).map(summariseAuthority),
    content,
    missing: content.missing,
    art33Complete: !content.missing.some((item) => item.requiredFor === "art33"),
    document: renderNotificationDocument(content, profile, now),
    templateAnswers: answerTemplate(sources.input, now),
    notifyAuthorityBy: deadline?.toISOString() ?? null,
    deadline: full
      ? {
          label: filingDeadlineLabel(full),
          basis: full.basis,
          due: full.due.toISOString(),
          legalLimit: (full.dueUnder1182 ?? full.due).toISOString(),
        }
      : null,
    lateIfFiledNow: firstFiled !== null && deadline !== null && firstFiled.getTime() > deadline.getTime(),
    generatedAt: now.toISOString(),
  };
}
