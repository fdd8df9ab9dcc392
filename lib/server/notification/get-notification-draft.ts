import { toFieldErrors } from "@/lib/schemas/field-errors";
import { renderDocumentPdf } from "@/lib/documents/pdf/render-pdf";
import type { Actor } from "@/lib/server/actor";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { UNKNOWN_AUTHORITY_PROBLEM, buildDraft, isKnownAuthority, type NotificationDraft } from "./notification-draft";
import { notificationDocumentModel } from "./notification-document-model";
import { loadNotificationInput } from "./notification-input";
import { notificationRefSchema, type NotificationRef, type NotificationRefInput } from "@/lib/schemas/notification-ref";
import { parseInput } from "@/lib/server/parse-input";
import { templateAnswersIn } from "@/lib/domain/notification/words/template-words";

const unknownAuthority = invalid([{ field: "authority", problem: UNKNOWN_AUTHORITY_PROBLEM }]);

/** The entry for a reference nobody parsed yet (the notification page, tests): parsed here, once. */
export async function getNotificationDraft(
  ctx: ServiceContext,
  actor: Actor,
  input: NotificationRefInput,
): Promise<ServiceResult<NotificationDraft>> {
  const parsed = parseInput(notificationRefSchema, input, ctx.now());
  return parsed.ok ? getNotificationDraftParsed(ctx, actor, parsed.value) : parsed;
}

/**
 * The Art. 33 draft for one authority: the content, what is missing in plain words, the authority's form,
 * the EDPB template answers and the deadline. Anyone who may read the incident may read it; audited.
 */
export async function getNotificationDraftParsed(
  ctx: ServiceContext,
  actor: Actor,
  ref: NotificationRef,
): Promise<ServiceResult<NotificationDraft>> {
  if (ref.authority && !isKnownAuthority(ref.authority)) return unknownAuthority;
  const found = await findIncidentFor(ctx.db, actor, ref.incidentId, "read");
  if (!found.ok) return found;
  const incident = found.value;
  const draft = buildDraft(incident, await loadNotificationInput(ctx.db, incident), ctx.now(), ref.authority);
  await auditRead(ctx, actor, {
    action: "notification.read",
    organizationId: incident.organizationId,
    incidentId: incident.id,
    detail: { reference: incident.reference, authority: draft.authority.id, missing: draft.missing.length },
  });
  return ok(draft);
}

export interface NotificationExport {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** The draft as a PDF (the authority's form, in its language) or as JSON (content, form and template answers). */
export async function exportNotification(
  ctx: ServiceContext,
  actor: Actor,
  input: NotificationRefInput & { format: "pdf" | "json" },
): Promise<ServiceResult<NotificationExport>> {
  const { format, ...ref } = input;
  if (format !== "pdf" && format !== "json") return invalid([{ field: "format", problem: "must be pdf or json" }]);
  const parsed = notificationRefSchema.safeParse(ref);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  if (parsed.data.authority && !isKnownAuthority(parsed.data.authority)) return unknownAuthority;
  const found = await findIncidentFor(ctx.db, actor, parsed.data.incidentId, "read");
  if (!found.ok) return found;
  const incident = found.value;
  const draft = buildDraft(incident, await loadNotificationInput(ctx.db, incident), ctx.now(), parsed.data.authority);
  const file = await notificationFile(draft, format);
  await auditRead(ctx, actor, {
    action: "notification.export",
    organizationId: incident.organizationId,
    incidentId: incident.id,
    detail: { reference: incident.reference, authority: draft.authority.id, format, missing: draft.missing.length },
  });
  return ok(file);
}

export function notificationFileName(draft: NotificationDraft, format: "pdf" | "json"): string {
  return `notification-${draft.incident.reference}-${draft.authority.id}.${format}`;
}

export async function notificationFile(draft: NotificationDraft, format: "pdf" | "json"): Promise<NotificationExport> {
  const base = `notification-${draft.incident.reference}-${draft.authority.id}`;
  if (format === "pdf") {
    const bytes = await renderDocumentPdf(notificationDocumentModel(draft.document, draft.incident.timeZone));
    return { fileName: `${base}.pdf`, contentType: "application/pdf", bytes };
  }
  const json = {
    authority: draft.authority,
    content: draft.content,
    document: draft.document,
    // The questions in the document's language, as the authority reads it; keys and values as always.
    templateAnswers: templateAnswersIn(draft.templateAnswers, draft.authority.language),
    generatedAt: draft.generatedAt,
  };
  return { fileName: `${base}.json`, contentType: "application/json", bytes: Buffer.from(`${JSON.stringify(json, null, 2)}\n`, "utf8") };
}
