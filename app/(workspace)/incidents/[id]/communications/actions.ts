"use server";

import { revalidatePath } from "next/cache";
import { localInputToIso } from "@/components/incidents/local-time";
import { failureState, formText, submittedValues, type FormState } from "@/lib/server/actions/form-state";
import { currentActor } from "@/lib/server/auth/current-actor";
import { addRecipient } from "@/lib/server/communications/add-recipient";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { editCommunicationText } from "@/lib/server/communications/communication-text";
import { getCommunicationStatus, type CommunicationStatus } from "@/lib/server/communications/communication-status";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { followUpUnreached } from "@/lib/server/communications/follow-up-unreached";
import { importRecipientsCsv, type RecipientsImportReport } from "@/lib/server/communications/import-recipients-csv";
import { recordOfflineDelivery } from "@/lib/server/communications/record-offline-delivery";
import { removeRecipient } from "@/lib/server/communications/remove-recipient";
import { sendCommunication } from "@/lib/server/communications/send-communication";
import {
  RECIPIENTS_CSV_MAX_BYTES,
  type CommunicationCreateInput,
  type CommunicationFollowUpInput,
  type OfflineDeliveryInput,
} from "@/lib/schemas/communication";
import type { ServiceResult } from "@/lib/server/result";
import { defaultContext } from "@/lib/server/service-context";

const signedOut = { status: "error", message: "Your session has ended: sign in again.", fields: {} } as const;

async function session() {
  const actor = await currentActor();
  return actor && !actor.needsTwoFactor ? { actor, ctx: await defaultContext() } : null;
}

const pagePath = (incidentId: string) => `/incidents/${incidentId}/communications`;

/** Creates a draft; answers with its id so the page can open it. */
export async function createDraftAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const incidentId = formText(form, "incidentId") ?? "";
  const input: CommunicationCreateInput = {
    incidentId,
    language: (formText(form, "language") ?? "") as CommunicationCreateInput["language"],
    channel: (formText(form, "channel") ?? "") as CommunicationCreateInput["channel"],
  };
  const result = await createCommunicationDraft(signedIn.ctx, signedIn.actor, input);
  if (!result.ok) return failureState(result, form);
  revalidatePath(pagePath(incidentId));
  return { status: "done", value: result.value.communication.id };
}

/** Starts a follow-up draft for the people a communication did not reach; answers with its id to open it. */
export async function followUpAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const input: CommunicationFollowUpInput = {
    communicationId: formText(form, "communicationId") ?? "",
    channel: (formText(form, "channel") ?? "") as CommunicationFollowUpInput["channel"],
  };
  const result = await followUpUnreached(signedIn.ctx, signedIn.actor, input);
  if (!result.ok) return failureState(result, form);
  revalidatePath(pagePath(formText(form, "incidentId") ?? ""));
  return { status: "done", value: result.value.communication.id };
}

/** Reads an uploaded CSV file (or pasted text) and imports it; the report lists every rejected line. */
export async function importCsvAction(
  _previous: FormState<RecipientsImportReport>,
  form: FormData,
): Promise<FormState<RecipientsImportReport>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const communicationId = formText(form, "communicationId") ?? "";
  const file = form.get("file");
  let csv = formText(form, "csv") ?? "";
  if (file instanceof File && file.size > 0) {
    if (file.size > RECIPIENTS_CSV_MAX_BYTES)
      return {
        status: "error",
        message: "The file is too large.",
        fields: { file: `must be at most ${RECIPIENTS_CSV_MAX_BYTES / 1024 / 1024} MB` },
      };
    csv = await file.text();
  }
  const result = await importRecipientsCsv(signedIn.ctx, signedIn.actor, { communicationId, csv });
  if (!result.ok) return failureState(result);
  revalidatePath(pagePath(formText(form, "incidentId") ?? ""));
  return { status: "done", value: result.value };
}

type SignedIn = NonNullable<Awaited<ReturnType<typeof session>>>;

async function simple(
  form: FormData,
  run: (communicationId: string, signedIn: SignedIn) => Promise<ServiceResult<unknown>>,
): Promise<FormState<string>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const result = await run(formText(form, "communicationId") ?? "", signedIn);
  if (!result.ok) return failureState(result);
  revalidatePath(pagePath(formText(form, "incidentId") ?? ""));
  return { status: "done", value: "ok" };
}

export async function approveAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  return simple(form, (communicationId, { ctx, actor }) => approveCommunication(ctx, actor, { communicationId }));
}

export async function sendAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  return simple(form, (communicationId, { ctx, actor }) => sendCommunication(ctx, actor, { communicationId }));
}

/** Adds one person typed in by hand; the form's inputs are named as the service's fields (recipient.name). */
export async function addRecipientAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const recipient = {
    name: formText(form, "recipient.name") ?? "",
    email: formText(form, "recipient.email") ?? null,
    postalAddress: formText(form, "recipient.postalAddress") ?? null,
  };
  const result = await addRecipient(signedIn.ctx, signedIn.actor, { communicationId: formText(form, "communicationId") ?? "", recipient });
  if (!result.ok) return failureState(result, form);
  revalidatePath(pagePath(formText(form, "incidentId") ?? ""));
  return { status: "done", value: result.value.reopened ? "reopened" : "added" };
}

/** The DPO's own wording of the message; an approved communication goes back to draft. */
export async function editTextAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const input = {
    communicationId: formText(form, "communicationId") ?? "",
    subject: formText(form, "subject") ?? "",
    text: formText(form, "text") ?? "",
  };
  const result = await editCommunicationText(signedIn.ctx, signedIn.actor, input);
  if (!result.ok) return failureState(result, form);
  revalidatePath(pagePath(formText(form, "incidentId") ?? ""));
  return { status: "done", value: result.value.approvalVoided ? "voided" : "saved" };
}

export async function removeRecipientAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  return simple(form, (communicationId, { ctx, actor }) =>
    removeRecipient(ctx, actor, { communicationId, recipientId: formText(form, "recipientId") ?? "" }),
  );
}

/** The form names the service's per-person fields by its own inputs: ticked people and one shared reason. */
function formField(field: string): string {
  if (/^notPosted\.\d+\.reason$/.test(field)) return "notPostedReason";
  if (/^notPosted\.\d+\.recipientId$/.test(field)) return "notPosted";
  return field;
}

/**
 * Records that the approved letters were posted or the public notice published. The time is typed in the
 * incident's zone; the people whose letter was not posted are ticked and share one reason.
 */
export async function recordDeliveryAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const incidentId = formText(form, "incidentId") ?? "";
  const sentAt = localInputToIso(formText(form, "sentAt"), formText(form, "timeZone") ?? "UTC");
  if (!sentAt.ok || !sentAt.iso) {
    return {
      status: "error",
      message: "Please correct the fields marked below.",
      fields: { sentAt: sentAt.ok ? "is required" : sentAt.problem },
      values: submittedValues(form),
    };
  }
  const reason = formText(form, "notPostedReason") ?? "";
  const notPosted = form.getAll("notPosted").filter((id): id is string => typeof id === "string" && id !== "");
  const input: OfflineDeliveryInput = {
    communicationId: formText(form, "communicationId") ?? "",
    sentAt: sentAt.iso,
    ...(formText(form, "how")?.trim() ? { how: formText(form, "how") } : {}),
    ...(formText(form, "where")?.trim() ? { where: formText(form, "where") } : {}),
    ...(notPosted.length > 0 ? { notPosted: notPosted.map((recipientId) => ({ recipientId, reason })) } : {}),
  };
  if (notPosted.length === 0 && reason.trim()) {
    return {
      status: "error",
      message: "Please correct the fields marked below.",
      fields: { notPosted: "tick the people whose letter was not posted, or leave the reason empty" },
      values: submittedValues(form),
    };
  }
  const result = await recordOfflineDelivery(signedIn.ctx, signedIn.actor, input);
  if (!result.ok) {
    const failed = failureState(result, form);
    if (failed.status !== "error") return failed;
    const fields: Record<string, string> = {};
    for (const [field, problem] of Object.entries(failed.fields)) fields[formField(field)] ??= problem;
    return { ...failed, fields };
  }
  revalidatePath(pagePath(incidentId));
  revalidatePath(`/incidents/${incidentId}`);
  return { status: "done", value: result.value.communication.status };
}

export type StatusView = { ok: true; status: CommunicationStatus } | { ok: false; message: string };

/** Polled every 2 s by the progress bar while sending. */
export async function communicationStatusAction(communicationId: string): Promise<StatusView> {
  const signedIn = await session();
  if (!signedIn) return { ok: false, message: signedOut.message };
  const result = await getCommunicationStatus(signedIn.ctx, signedIn.actor, { communicationId });
  return result.ok
    ? { ok: true, status: result.value }
    : { ok: false, message: result.error === "invalid" ? "Invalid request." : result.message };
}
