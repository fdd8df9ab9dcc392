"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { DetailsSaveResult } from "@/components/notification/notification-details-form";
import { filingCreateSchema } from "@/lib/schemas/filing";
import type { NotificationDetailsInput } from "@/lib/schemas/notification-details";
import { sessionAction } from "@/lib/server/actions/action-session";
import { formAction } from "@/lib/server/actions/form-action";
import { fieldMap } from "@/lib/server/actions/form-state";
import { recordFilingParsed } from "@/lib/server/filings/record-filing";
import type { NotificationDetailsConflict } from "@/lib/server/notification/notification-details-dto";
import { updateNotificationDetails } from "@/lib/server/notification/update-notification-details";
import type { PacketJob } from "@/lib/schemas/answers/packet-job";
import { packetJobStatus, startPacketExport } from "@/lib/server/packet/export-jobs";

const notificationPages = (incidentId: string) => [`/incidents/${incidentId}/notification`, `/incidents/${incidentId}`];

/** Records a filing with the authority; the time is typed in the incident's zone. */
export const recordFilingAction = formAction({
  schema: filingCreateSchema,
  read: (form) => ({
    incidentId: form.text("incidentId"),
    kind: form.text("kind"),
    channel: form.text("channel"),
    filedAt: form.localTime("filedAt", { required: true }) ?? "",
    authority: form.optional("authority") || undefined,
    authorityReference: form.filled("authorityReference"),
    lateReason: form.filled("lateReason"),
    receipt: form.file("receipt"),
  }),
  runParsed: ({ ctx, actor }, input) => recordFilingParsed(ctx, actor, input),
  revalidate: (_filing, input) => notificationPages(input.incidentId),
  answer: (filing) => filing.id,
});

function isDetailsConflict(current: unknown): current is NotificationDetailsConflict {
  return typeof current === "object" && current !== null && "notificationDetails" in current;
}

/**
 * Saves the notification details at the version the person read. The service checks them with the same
 * schema as the form; a stale version comes back as a conflict with the saved answers, nothing lost.
 */
export const saveNotificationDetailsAction = sessionAction(
  async ({ ctx, actor }, incidentId: string, version: number, details: NotificationDetailsInput): Promise<DetailsSaveResult> => {
    const result = await updateNotificationDetails(ctx, actor, { ...details, incidentId, version });
    if (result.ok) {
      revalidatePath(`/incidents/${incidentId}/notification`);
      return { status: "done", version: result.value.version, details: result.value.details };
    }
    if (result.error === "conflict" && isDetailsConflict(result.current)) {
      const current = result.current;
      return {
        status: "conflict",
        message: result.message,
        yourVersion: current.yourVersion,
        currentVersion: current.currentVersion,
        changedSince: current.changedSince,
        details: current.notificationDetails,
      };
    }
    if (result.error === "invalid")
      return {
        status: "error",
        message: (await getTranslations("notification"))("details.correctMarked"),
        fields: fieldMap(result.fields),
      };
    return { status: "error", message: result.message, fields: {} };
  },
  (message): DetailsSaveResult => ({ status: "error", message, fields: {} }),
);

export type PacketJobView = { ok: true; job: PacketJob } | { ok: false; message: string };

export const startPacketExportAction = sessionAction(
  async ({ ctx, actor }, incidentId: string): Promise<PacketJobView> => {
    const started = await startPacketExport(ctx, actor, { incidentId });
    return started.ok
      ? { ok: true, job: started.value }
      : {
          ok: false,
          message: started.error === "invalid" ? (await getTranslations("notification"))("packet.invalidRequest") : started.message,
        };
  },
  (message): PacketJobView => ({ ok: false, message }),
);

export const packetStatusAction = sessionAction(
  async ({ ctx, actor }, exportId: string): Promise<PacketJobView> => {
    const job = await packetJobStatus(ctx, actor, exportId);
    return job ? { ok: true, job } : { ok: false, message: (await getTranslations("notification"))("packet.unknownExport") };
  },
  (message): PacketJobView => ({ ok: false, message }),
);
