"use server";

import { revalidatePath } from "next/cache";
import { localInputToIso } from "@/components/incidents/local-time";
import type { FilingCreateInput } from "@/lib/schemas/filing";
import { failureState, formText, submittedValues, type FormState } from "@/lib/server/actions/form-state";
import { currentActor } from "@/lib/server/auth/current-actor";
import { recordFiling } from "@/lib/server/filings/record-filing";
import { packetJobStatus, startPacketExport, type PacketJob } from "@/lib/server/packet/export-jobs";
import { defaultContext } from "@/lib/server/service-context";

const signedOut = { status: "error", message: "Your session has ended: sign in again. What you typed is still in this page.", fields: {} } as const;

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
    return { status: "error", message: "Please correct the fields marked below.", fields: { filedAt: filedAt.ok ? "is required" : filedAt.problem }, values: submittedValues(form) };
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

export type PacketJobView = { ok: true; job: PacketJob } | { ok: false; message: string };

export async function startPacketExportAction(incidentId: string): Promise<PacketJobView> {
  const signedIn = await session();
  if (!signedIn) return { ok: false, message: signedOut.message };
  const started = await startPacketExport(signedIn.ctx, signedIn.actor, { incidentId });
  return started.ok ? { ok: true, job: started.value } : { ok: false, message: started.error === "invalid" ? "Invalid request." : started.message };
}

export async function packetStatusAction(exportId: string): Promise<PacketJobView> {
  const signedIn = await session();
  if (!signedIn) return { ok: false, message: signedOut.message };
  const job = packetJobStatus(signedIn.actor, exportId);
  return job ? { ok: true, job } : { ok: false, message: "This export is not known (any more): start it again." };
}
