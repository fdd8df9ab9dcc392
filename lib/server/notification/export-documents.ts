import { incidentTitle } from "@/lib/server/incidents/incident-title";
import { renderDocumentPdf } from "@/lib/documents/pdf/render-pdf";
import { incidentRefSchema, type IncidentRefInput } from "@/lib/schemas/incident-work";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import type { Actor } from "@/lib/server/actor";
import { assessmentSelect, toAssessmentDto } from "@/lib/server/assessments/assessment-dto";
import { filingSelect, toFilingDto } from "@/lib/server/filings/filing-dto";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { timelineEventSelect, toTimelineEventDto } from "@/lib/server/incidents/timeline/timeline-event-dto";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { assessmentDocumentModel } from "./assessment-document";
import type { NotificationExport } from "./get-notification-draft";
import { buildDraft } from "./notification-draft";
import { loadNotificationInput } from "./notification-input";
import { registerEntryDocumentModel } from "./register-entry-document";
import type { Locale } from "@/lib/i18n/locales";

/** The assessment (decisions, rationale, versions, timeline) or the register entry as a PDF. Audited. */
export async function exportIncidentDocument(
  ctx: ServiceContext,
  actor: Actor,
  input: IncidentRefInput & { document: "assessment" | "register-entry" },
  /** The reader's language (the page's download); English when not given (the API). */
  options: { locale?: Locale } = {},
): Promise<ServiceResult<NotificationExport>> {
  const { document, ...ref } = input;
  if (document !== "assessment" && document !== "register-entry")
    return invalid([{ field: "document", problem: "must be assessment or register-entry" }]);
  const parsed = incidentRefSchema.safeParse(ref);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findIncidentFor(ctx.db, actor, parsed.data.incidentId, "read");
  if (!found.ok) return found;
  const incident = found.value;
  const now = ctx.now();
  const versions = (
    await ctx.db.assessment.findMany({ where: { incidentId: incident.id }, orderBy: { version: "desc" }, select: assessmentSelect })
  ).map(toAssessmentDto);
  let bytes: Uint8Array;
  if (document === "assessment") {
    const events = await ctx.db.incidentEvent.findMany({
      where: { incidentId: incident.id },
      orderBy: [{ happenedAt: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
      select: timelineEventSelect,
    });
    bytes = await renderDocumentPdf(
      assessmentDocumentModel(
        { ...incident, title: incidentTitle(incident) },
        versions,
        events.map(toTimelineEventDto),
        now,
        options.locale,
      ),
    );
  } else {
    const filings = (
      await ctx.db.filing.findMany({ where: { incidentId: incident.id }, orderBy: { filedAt: "asc" }, select: filingSelect })
    ).map(toFilingDto);
    const draft = buildDraft(incident, await loadNotificationInput(ctx.db, incident), now);
    bytes = await renderDocumentPdf(registerEntryDocumentModel(draft, versions[0] ?? null, filings, now, undefined, options.locale));
  }
  await auditRead(ctx, actor, {
    action: `${document}.export`,
    organizationId: incident.organizationId,
    incidentId: incident.id,
    detail: { reference: incident.reference, format: "pdf" },
  });
  return ok({ fileName: `${document}-${incident.reference}.pdf`, contentType: "application/pdf", bytes });
}
