"use server";

import { revalidatePath } from "next/cache";
import { localInputToIso } from "@/components/incidents/local-time";
import type { DetailsSaveResult } from "@/components/notification/notification-details-form";
import type { FilingCreateInput } from "@/lib/schemas/filing";
import type { NotificationDetailsInput } from "@/lib/schemas/notification-details";
import { failureState, fieldMap, formText, submittedValues, type FormState } from "@/lib/server/actions/form-state";
import { currentActor } from "@/lib/server/auth/current-actor";
import { recordFiling } from "@/lib/server/filings/record-filing";
import type { NotificationDetailsConflict } from "@/lib/server/notification/notification-details-dto";
import { updateNotificationDetails } from "@/lib/server/notification/update-notification-details";
import { packetJobStatus, startPacketExport, type PacketJob } from "@/lib/server/packet/export-jobs";
import { defaultContext } from "@/lib/server/service-context";

const signedOut = {
  status: "error",
  message: "Your session has ended: sign in again. What you typed is still in this page.",
  fields: {},
} as const;

async function session() {
  const actor = await currentActor();
  return actor && !actor.needsTwoFactor ? { actor, ctx: await defaultContext() } : null;
}

/** Records a filing with the authority; the time is typed in the incident's zone. */
export async function recordFilingAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const incidentId = formText(form, "incidentId") ?? "";
  const filedAt = localInputToIso(formText(form, "filedAt"), formText(form, "timeZone") ?? "UTC");
  if (!filedAt.ok || !filedAt.iso) {
    return {
      status: "error",
      message: "Please correct the fields marked below.",
      fields: { filedAt: filedAt.ok ? "is required" : filedAt.problem },
      values: submittedValues(form),
    };
  }
  const receipt = form.get("receipt");
  const input: FilingCreateInput = {
    incidentId,
    kind: (formText(form, "kind") ?? "") as FilingCreateInput["kind"],
    channel: (formText(form, "channel") ?? "") as FilingCreateInput["channel"],
    filedAt: filedAt.iso,
    ...(formText(form, "authority") ? { authority: formText(form, "authority") } : {}),
    ...(formText(form, "authorityReference")?.trim() ? { authorityReference: formText(form, "authorityReference") } : {}),
    ...(formText(form, "lateReason")?.trim() ? { lateReason: formText(form, "lateReason") } : {}),
    ...(receipt instanceof File && receipt.size > 0 ? { receipt } : {}),
  };
  const result = await recordFiling(signedIn.ctx, signedIn.actor, input);
  if (!result.ok) return failureState(result, form);
  revalidatePath(`/incidents/${incidentId}/notification`);
  revalidatePath(`/incidents/${incidentId}`);
  return { status: "done", value: result.value.id };
}

/**
 * Saves the notification details at the version the person read. The service checks them with the same
 * schema as the form; a stale version comes back as a conflict with the saved answers, nothing lost.
 */
export async function saveNotificationDetailsAction(
  incidentId: string,
  version: number,
  details: NotificationDetailsInput,
): Promise<DetailsSaveResult> {
  const signedIn = await session();
  if (!signedIn) return { ...signedOut, fields: {} };
  const result = await updateNotificationDetails(signedIn.ctx, signedIn.actor, { ...details, incidentId, version });
  if (result.ok) {
    revalidatePath(`/incidents/${incidentId}/notification`);
    return { status: "done", version: result.value.version, details: result.value.details };
  }
  if (result.error === "conflict" && result.current && typeof result.current === "object" && "notificationDetails" in result.current) {
    const current = result.current as NotificationDetailsConflict;
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
    return { status: "error", message: "Please correct the answers marked below.", fields: fieldMap(result.fields) };
  return { status: "error", message: result.message, fields: {} };
}

export type PacketJobView = { ok: true; job: PacketJob } | { ok: false; message: string };

export async function startPacketExportAction(incidentId: string): Promise<PacketJobView> {
  const signedIn = await session();
  if (!signedIn) return { ok: false, message: signedOut.message };
  const started = await startPacketExport(signedIn.ctx, signedIn.actor, { incidentId });
  return started.ok
    ? { ok: true, job: started.value }
    : { ok: false, message: started.error === "invalid" ? "Invalid request." : started.message };
}

export async function packetStatusAction(exportId: string): Promise<PacketJobView> {
  const signedIn = await session();
  if (!signedIn) return { ok: false, message: signedOut.message };
  const job = await packetJobStatus(signedIn.ctx, signedIn.actor, exportId);
  return job ? { ok: true, job } : { ok: false, message: "This export is not known (any more): start it again." };
}
