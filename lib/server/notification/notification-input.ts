import type { FilingKind, NotificationInput, SubjectCommunication } from "@/lib/domain/notification";
import type { Db } from "@/lib/db/client";
import { at, openMaybeSealedOptional, unseal, unsealOptional } from "@/lib/server/crypto/sealed-text";
import { incidentTitle } from "@/lib/server/incidents/incident-title";
import { assessmentSelect, toAssessmentDto, type AssessmentDto } from "@/lib/server/assessments/assessment-dto";
import { parseFacts, type IncidentRow } from "@/lib/server/incidents/incident-dto";
import type { Tx } from "@/lib/server/transaction";
import { readTogether } from "@/lib/server/read-together";
import { readNotificationDetails } from "./notification-details-store";

/*
 * Everything the app knows about one incident, in the shape lib/domain/notification reads. What is not
 * recorded stays absent, so the draft lists it as missing instead of inventing it.
 */
export interface OrganisationSettings {
  leadAuthority?: string;
  registrationId?: string;
}

export interface NotificationSources {
  input: NotificationInput;
  assessment: AssessmentDto | null;
  settings: OrganisationSettings;
}

const FILING_KIND: Record<string, FilingKind> = { initial: "initial", follow_up: "follow-up", complete: "complete" };

function settingsOf(json: string): OrganisationSettings {
  try {
    const parsed = JSON.parse(json) as Record<string, unknown>;
    return {
      ...(typeof parsed.leadAuthority === "string" && parsed.leadAuthority ? { leadAuthority: parsed.leadAuthority } : {}),
      ...(typeof parsed.registrationId === "string" && parsed.registrationId ? { registrationId: parsed.registrationId } : {}),
    };
  } catch {
    return {};
  }
}

/** Loads the organisation, latest assessment, filings and communications of an incident the caller has already found. */
export async function loadNotificationInput(db: Db | Tx, incident: IncidentRow): Promise<NotificationSources> {
  const [organisation, assessmentRow, filings, communications, stored] = await readTogether(db, [
    () =>
      db.organization.findUniqueOrThrow({
        where: { id: incident.organizationId },
        select: {
          name: true,
          country: true,
          region: true,
          address: true,
          registrationNumber: true,
          dpoName: true,
          dpoEmail: true,
          dpoPhone: true,
          settings: true,
        },
      }),
    () => db.assessment.findFirst({ where: { incidentId: incident.id }, orderBy: { version: "desc" }, select: assessmentSelect }),
    () =>
      db.filing.findMany({
        where: { incidentId: incident.id },
        orderBy: { filedAt: "asc" },
        select: { id: true, kind: true, filedAt: true, authorityReference: true, lateReason: true },
      }),
    () =>
      db.communication.findMany({
        where: { incidentId: incident.id },
        orderBy: { createdAt: "asc" },
        select: { status: true, channel: true, sendStartedAt: true, updatedAt: true },
      }),
    // Not in IncidentRow on purpose: only the notification needs it, and it stays out of every incident DTO.
    () => db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { notificationDetails: true } }),
  ]);
  const details = readNotificationDetails(incident.id, stored.notificationDetails);
  const settings = settingsOf(organisation.settings);
  const assessment = assessmentRow ? toAssessmentDto(assessmentRow) : null;
  const contact = {
    name: organisation.dpoName,
    email: organisation.dpoEmail,
    phone: organisation.dpoPhone,
    isDpo: organisation.dpoName ? true : null,
    tollFreePhone: details.tollFreePhone,
    website: details.contactWebsite,
  };

  const input: NotificationInput = {
    reporter: details.reporter,
    organisation: {
      name: organisation.name,
      country: organisation.country,
      region: organisation.region,
      address: organisation.address,
      // The column set in Settings; older practices may still hold one in their settings JSON.
      registrationId: organisation.registrationNumber ?? settings.registrationId ?? null,
      contactPoint: contact,
    },
    incident: {
      reference: incident.reference,
      title: incidentTitle(incident),
      description: unseal(incident.description, at("incident", "description", incident.id)),
      occurredAt: incident.occurredAt?.toISOString() ?? null,
      discoveredAt: incident.discoveredAt?.toISOString() ?? null,
      awareAt: incident.awareAt.toISOString(),
      timeZone: incident.timeZone,
      howDiscovered: unsealOptional(incident.discoveryMethod, at("incident", "discoveryMethod", incident.id)),
      ongoing: incident.ongoing,
      containedAt: incident.containedAt?.toISOString() ?? null,
      facts: parseFacts(incident.facts),
      regimes: JSON.parse(incident.regimes) as string[],
      dataItems: details.dataItems,
      // Containment is what the practice did to stop the breach: the measures taken of Art. 33(3)(d).
      measuresTaken: unsealOptional(incident.containment, at("incident", "containment", incident.id)),
      discoveredBy: details.discoveredBy,
      incidentType: details.incidentType,
      causeOrigin: details.causeOrigin,
      systemsInvolved: details.systemsInvolved,
      protectionMeasures: details.protectionMeasures,
      measuresInPlace: details.measuresInPlace,
      otherParties: details.otherParties,
      reportedToPolice: details.reportedToPolice,
      otherAuthoritiesTold: details.otherAuthoritiesTold,
      otherAuthoritiesNotified: details.otherAuthoritiesNotified,
      likelyConsequences: details.likelyConsequences,
      preventionMeasures: details.preventionMeasures,
      measuresProposed: details.measuresProposed,
      crossBorder: crossBorderOf(details.crossBorder, settings.leadAuthority),
    },
    assessment: assessment
      ? {
          riskLevel: assessment.riskLevel,
          notifyAuthority: assessment.suggestion.notifyAuthority,
          communicateSubjects: assessment.suggestion.communicateSubjects,
          publicCommunicationInstead: assessment.suggestion.publicCommunicationInstead,
          exemptions: assessment.suggestion.exemptions,
          reasons: assessment.suggestion.reasons.map(({ factor, effect, explanation }) => ({ factor, effect, explanation })),
          decision: {
            authority: {
              decision: assessment.authority.decision,
              rationale: assessment.authority.rationale,
              overridden: assessment.authority.overridden,
            },
            subjects: {
              decision: assessment.subjects.decision,
              rationale: assessment.subjects.rationale,
              overridden: assessment.subjects.overridden,
            },
          },
        }
      : null,
    filings: filings.map((filing) => ({
      kind: FILING_KIND[filing.kind] ?? "follow-up",
      filedAt: filing.filedAt.toISOString(),
      authorityReference: openMaybeSealedOptional(filing.authorityReference, at("filing", "authorityReference", filing.id)),
    })),
    lateReasons: filings[0] ? openMaybeSealedOptional(filings[0].lateReason, at("filing", "lateReason", filings[0].id)) : null,
    communication: communicationStatus(assessment, communications, details.communicationPlannedFor),
  };
  return { input, assessment, settings };
}

/**
 * The incident's own answer wins; the lead authority comes from the organisation's settings. Without an
 * answer, a lead authority in the settings means the organisation processes across borders.
 */
function crossBorderOf(involved: boolean | null, leadAuthority: string | undefined): NotificationInput["incident"]["crossBorder"] {
  if (involved === null) return leadAuthority ? { involved: true, leadAuthority } : null;
  return involved ? { involved: true, leadAuthority: leadAuthority ?? null } : { involved: false };
}

function communicationStatus(
  assessment: AssessmentDto | null,
  communications: { status: string; channel: string; sendStartedAt: Date | null; updatedAt: Date }[],
  plannedFor: string | null,
): SubjectCommunication | null {
  const sent = communications.find((c) => c.status === "sent" || c.status === "partially_failed");
  if (sent) {
    return {
      status: sent.channel === "public_notice" ? "public_communication" : "sent",
      sentAt: (sent.sendStartedAt ?? sent.updatedAt).toISOString(),
      channel: sent.channel === "public_notice" ? "public_notice" : sent.channel === "letter" ? "letter" : "email",
      allInformed: sent.status === "sent",
    };
  }
  if (!assessment) return null;
  switch (assessment.subjects.decision) {
    case "communicate":
      return plannedFor ? { status: "planned", plannedFor } : { status: "planned" };
    case "public_communication":
      return { status: "public_communication" };
    default:
      return { status: "not_required" };
  }
}
