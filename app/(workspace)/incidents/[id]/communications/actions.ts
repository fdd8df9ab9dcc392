"use server";

import { getTranslations } from "next-intl/server";
import {
  communicationCreateSchema,
  communicationFollowUpSchema,
  communicationRefSchema,
  communicationTextSchema,
  offlineDeliverySchema,
  recipientAddSchema,
  recipientRefSchema,
  recipientsCsvImportSchema,
  RECIPIENTS_CSV_MAX_BYTES,
} from "@/lib/schemas/communication";
import { sessionAction } from "@/lib/server/actions/action-session";
import { formAction } from "@/lib/server/actions/form-action";
import type { FormReader } from "@/lib/server/actions/form-reader";
import { addRecipient } from "@/lib/server/communications/add-recipient";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { editCommunicationText } from "@/lib/server/communications/communication-text";
import type { CommunicationStatus } from "@/lib/schemas/answers/communication-status";
import { getCommunicationStatus } from "@/lib/server/communications/communication-status";
import { createCommunicationDraftParsed } from "@/lib/server/communications/create-communication-draft";
import { followUpUnreachedParsed } from "@/lib/server/communications/follow-up-unreached";
import { importRecipientsCsv } from "@/lib/server/communications/import-recipients-csv";
import { recordOfflineDeliveryParsed } from "@/lib/server/communications/record-offline-delivery";
import { removeRecipient } from "@/lib/server/communications/remove-recipient";
import { sendCommunication } from "@/lib/server/communications/send-communication";

/** The communications page of the incident the form names (a hidden input). */
const communicationsPage = (form: FormReader) => [`/incidents/${form.text("incidentId")}/communications`];

/** Creates a draft; answers with its id so the page can open it. */
export const createDraftAction = formAction({
  schema: communicationCreateSchema,
  read: (form) => ({ incidentId: form.text("incidentId"), language: form.text("language"), channel: form.text("channel") }),
  runParsed: ({ ctx, actor }, input) => createCommunicationDraftParsed(ctx, actor, input),
  revalidate: (_draft, _input, form) => communicationsPage(form),
  answer: (draft) => draft.communication.id,
});

/** Starts a follow-up draft for the people a communication did not reach; answers with its id to open it. */
export const followUpAction = formAction({
  schema: communicationFollowUpSchema,
  read: (form) => ({ communicationId: form.text("communicationId"), channel: form.text("channel") }),
  runParsed: ({ ctx, actor }, input) => followUpUnreachedParsed(ctx, actor, input),
  revalidate: (_draft, _input, form) => communicationsPage(form),
  answer: (draft) => draft.communication.id,
});

/** Reads an uploaded CSV file (or pasted text) and imports it; the report lists every rejected line. */
export const importCsvAction = formAction({
  schema: recipientsCsvImportSchema,
  read: async (form) => {
    const file = form.file("file");
    if (file && file.size > RECIPIENTS_CSV_MAX_BYTES) {
      const t = await getTranslations("communications");
      form.problem("file", t("csvTooLarge", { megabytes: RECIPIENTS_CSV_MAX_BYTES / 1024 / 1024 }));
    }
    const fromFile = file && file.size <= RECIPIENTS_CSV_MAX_BYTES ? await file.text() : undefined;
    return { communicationId: form.text("communicationId"), csv: fromFile ?? form.text("csv") };
  },
  run: ({ ctx, actor }, input) => importRecipientsCsv(ctx, actor, input),
  revalidate: (_report, _input, form) => communicationsPage(form),
  answer: (report) => report,
});

/** The buttons that act on the communication as a whole answer "ok" and let the page show the change. */
const readCommunication = (form: FormReader) => ({ communicationId: form.text("communicationId") });

export const approveAction = formAction({
  schema: communicationRefSchema,
  read: readCommunication,
  run: ({ ctx, actor }, input) => approveCommunication(ctx, actor, input),
  revalidate: (_approved, _input, form) => communicationsPage(form),
  answer: () => "ok",
});

export const sendAction = formAction({
  schema: communicationRefSchema,
  read: readCommunication,
  run: ({ ctx, actor }, input) => sendCommunication(ctx, actor, input),
  revalidate: (_sent, _input, form) => communicationsPage(form),
  answer: () => "ok",
});

/** Adds one person typed in by hand; the form's inputs are named as the service's fields (recipient.name). */
export const addRecipientAction = formAction({
  schema: recipientAddSchema,
  read: (form) => ({
    communicationId: form.text("communicationId"),
    recipient: {
      name: form.text("recipient.name"),
      email: form.optional("recipient.email") ?? null,
      postalAddress: form.optional("recipient.postalAddress") ?? null,
    },
  }),
  run: ({ ctx, actor }, input) => addRecipient(ctx, actor, input),
  revalidate: (_added, _input, form) => communicationsPage(form),
  answer: (added): string => (added.reopened ? "reopened" : "added"),
});

/** The DPO's own wording of the message; an approved communication goes back to draft. */
export const editTextAction = formAction({
  schema: communicationTextSchema,
  read: (form) => ({ communicationId: form.text("communicationId"), subject: form.text("subject"), text: form.text("text") }),
  run: ({ ctx, actor }, input) => editCommunicationText(ctx, actor, input),
  revalidate: (_edited, _input, form) => communicationsPage(form),
  answer: (edited): string => (edited.approvalVoided ? "voided" : "saved"),
});

export const removeRecipientAction = formAction({
  schema: recipientRefSchema,
  read: (form) => ({ communicationId: form.text("communicationId"), recipientId: form.text("recipientId") }),
  run: ({ ctx, actor }, input) => removeRecipient(ctx, actor, input),
  revalidate: (_removed, _input, form) => communicationsPage(form),
  answer: () => "ok",
});

/** The form names the service's per-person fields by its own inputs: ticked people and one shared reason. */
function deliveryFormField(field: string): string {
  if (/^notPosted\.\d+\.reason$/.test(field)) return "notPostedReason";
  if (/^notPosted\.\d+\.recipientId$/.test(field)) return "notPosted";
  return field;
}

/**
 * Records that the approved letters were posted or the public notice published. The time is typed in the
 * incident's zone; the people whose letter was not posted are ticked and share one reason.
 */
export const recordDeliveryAction = formAction({
  schema: offlineDeliverySchema,
  read: async (form) => {
    const reason = form.text("notPostedReason");
    const notPosted = form.all("notPosted");
    if (notPosted.length === 0 && reason.trim())
      form.problem("notPosted", (await getTranslations("communications"))("reasonWithoutPeople"));
    return {
      communicationId: form.text("communicationId"),
      sentAt: form.localTime("sentAt", { required: true }) ?? "",
      how: form.filled("how"),
      where: form.filled("where"),
      notPosted: notPosted.length > 0 ? notPosted.map((recipientId) => ({ recipientId, reason })) : undefined,
    };
  },
  runParsed: ({ ctx, actor }, input) => recordOfflineDeliveryParsed(ctx, actor, input),
  formField: deliveryFormField,
  revalidate: (_recorded, _input, form) => [...communicationsPage(form), `/incidents/${form.text("incidentId")}`],
  answer: (recorded) => recorded.communication.status,
});

export type StatusView = { ok: true; status: CommunicationStatus } | { ok: false; message: string };

/** Polled every 2 s by the progress bar while sending. */
export const communicationStatusAction = sessionAction(
  async ({ ctx, actor }, communicationId: string): Promise<StatusView> => {
    const result = await getCommunicationStatus(ctx, actor, { communicationId });
    if (result.ok) return { ok: true, status: result.value };
    return {
      ok: false,
      message: result.error === "invalid" ? (await getTranslations("communications"))("invalidRequest") : result.message,
    };
  },
  (message): StatusView => ({ ok: false, message }),
);
