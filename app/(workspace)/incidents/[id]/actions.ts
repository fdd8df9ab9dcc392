"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { localInputToIso } from "@/components/incidents/local-time";
import type { IncidentIntakeInput } from "@/lib/schemas/incident";
import type { IncidentState } from "@/lib/schemas/incident-work";
import { failureState, formText, submittedValues, type FormState } from "@/lib/server/actions/form-state";
import { currentActor } from "@/lib/server/auth/current-actor";
import { addComment } from "@/lib/server/incidents/comments/add-comment";
import { addTimelineEvent } from "@/lib/server/incidents/timeline/add-timeline-event";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createTask } from "@/lib/server/incidents/tasks/create-task";
import { discardDraft } from "@/lib/server/incidents/discard-draft";
import type { IncidentConflict } from "@/lib/server/incidents/incident-conflict";
import type { IncidentDto } from "@/lib/server/incidents/incident-dto";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { updateTask } from "@/lib/server/incidents/tasks/update-task";
import { defaultContext } from "@/lib/server/service-context";

const signedOut = {
  status: "error",
  message: "Your session has ended: sign in again. What you typed is still in this page.",
  fields: {},
} as const;

async function session() {
  const actor = await currentActor();
  return actor ? { actor, ctx: await defaultContext() } : null;
}

const refreshFile = (incidentId: string) => revalidatePath(`/incidents/${incidentId}`);

/** A local time typed in a datetime-local input, read in the incident's zone; the error names the field. */
function readTime(form: FormData, field: string): { ok: true; iso: string | null } | { ok: false; state: FormState<never> } {
  const result = localInputToIso(formText(form, field), formText(form, "timeZone") ?? "UTC");
  if (result.ok) return result;
  return {
    ok: false,
    state: {
      status: "error",
      message: "Please correct the fields marked below.",
      fields: { [field]: result.problem },
      values: submittedValues(form),
    },
  };
}

export async function changeStateAction(_previous: FormState<IncidentState>, form: FormData): Promise<FormState<IncidentState>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const incidentId = formText(form, "incidentId") ?? "";
  const result = await changeIncidentState(signedIn.ctx, signedIn.actor, {
    incidentId,
    to: (formText(form, "to") ?? "") as IncidentState,
    version: Number(formText(form, "version")),
    note: formText(form, "note")?.trim() || undefined,
  });
  if (!result.ok) return failureState(result, form);
  refreshFile(incidentId);
  return { status: "done", value: result.value.state };
}

/** Deletes a never-reported draft and goes back to the list, where it no longer appears. */
export async function discardDraftAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const result = await discardDraft(signedIn.ctx, signedIn.actor, { incidentId: formText(form, "incidentId") ?? "" });
  if (!result.ok) return failureState(result, form);
  revalidatePath("/incidents");
  revalidatePath("/");
  redirect(`/incidents?discarded=${encodeURIComponent(result.value.reference)}`);
}

export async function addEventAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const incidentId = formText(form, "incidentId") ?? "";
  const happenedAt = readTime(form, "happenedAt");
  if (!happenedAt.ok) return happenedAt.state;
  const result = await addTimelineEvent(signedIn.ctx, signedIn.actor, {
    incidentId,
    happenedAt: happenedAt.iso ?? "",
    kind: (formText(form, "kind") ?? "note") as "note",
    summary: formText(form, "summary") ?? "",
  });
  if (!result.ok) {
    const failed = failureState(result, form);
    // An empty time fails the ISO check: say it plainly.
    if (failed.status === "error" && !happenedAt.iso) failed.fields.happenedAt = "is required";
    return failed;
  }
  refreshFile(incidentId);
  return { status: "done", value: result.value.id };
}

export async function addTaskAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const incidentId = formText(form, "incidentId") ?? "";
  const dueAt = readTime(form, "dueAt");
  if (!dueAt.ok) return dueAt.state;
  const result = await createTask(signedIn.ctx, signedIn.actor, {
    incidentId,
    title: formText(form, "title") ?? "",
    ownerId: formText(form, "ownerId") || null,
    dueAt: dueAt.iso,
  });
  if (!result.ok) return failureState(result, form);
  refreshFile(incidentId);
  return { status: "done", value: result.value.id };
}

export async function setTaskDoneAction(_previous: FormState<boolean>, form: FormData): Promise<FormState<boolean>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const done = formText(form, "done") === "true";
  const result = await updateTask(signedIn.ctx, signedIn.actor, { taskId: formText(form, "taskId") ?? "", done });
  if (!result.ok) return failureState(result, form);
  refreshFile(result.value.incidentId);
  return { status: "done", value: done };
}

export async function addCommentAction(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const incidentId = formText(form, "incidentId") ?? "";
  const result = await addComment(signedIn.ctx, signedIn.actor, { incidentId, body: formText(form, "body") ?? "" });
  if (!result.ok) return failureState(result, form);
  refreshFile(incidentId);
  return { status: "done", value: result.value.id };
}

/** Confirms one assumed answer as it is (the version guards against confirming an answer just changed). */
export async function confirmAnswerAction(_previous: FormState<number>, form: FormData): Promise<FormState<number>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const incidentId = formText(form, "incidentId") ?? "";
  const result = await updateIncident(signedIn.ctx, signedIn.actor, {
    incidentId,
    version: Number(formText(form, "version")),
    confirmedFacts: [formText(form, "path") ?? ""],
  });
  if (!result.ok) return failureState(result, form);
  refreshFile(incidentId);
  return { status: "done", value: result.value.version };
}

export type EditResult =
  | FormState<{ version: number }>
  | {
      status: "conflict";
      message: string;
      conflict: Pick<IncidentConflict, "yourVersion" | "currentVersion" | "changedSince" | "changes"> & { incident: IncidentDto };
    };

/** Saves the edited facts at the version the person read; a stale version comes back as a conflict, nothing lost. */
/** The fields of the edit form that a person can change, as the patch names them. */
const EDITABLE = [
  "title",
  "description",
  "occurredAt",
  "discoveredAt",
  "awareAt",
  "discoveryMethod",
  "awarenessDelayReason",
  "containment",
  "ongoing",
  "containedAt",
  "facts",
] as const;

/**
 * Saves the fields the person changed, at the version they read; a stale version comes back as a conflict
 * and nothing is lost. Sending only the changed fields means "keep mine" never undoes someone else's edit
 * of another field.
 */
export async function updateIncidentAction(
  incidentId: string,
  version: number,
  input: IncidentIntakeInput,
  changed: string[],
  confirmed: string[] = [],
): Promise<EditResult> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const full: Record<(typeof EDITABLE)[number], unknown> = {
    title: input.title,
    description: input.description ?? "",
    occurredAt: input.occurredAt ?? null,
    discoveredAt: input.discoveredAt ?? null,
    awareAt: input.awareAt,
    discoveryMethod: input.discoveryMethod ?? null,
    awarenessDelayReason: input.awarenessDelayReason ?? null,
    containment: input.containment ?? null,
    ongoing: input.ongoing ?? false,
    containedAt: input.containedAt ?? null,
    facts: input.facts ?? {},
  };
  const patch = Object.fromEntries(EDITABLE.filter((field) => changed.includes(field)).map((field) => [field, full[field]]));
  const result = await updateIncident(signedIn.ctx, signedIn.actor, {
    incidentId,
    version,
    ...patch,
    ...(confirmed.length ? { confirmedFacts: confirmed } : {}),
  });
  if (!result.ok) {
    if (result.error === "conflict" && result.current && typeof result.current === "object" && "changedSince" in result.current) {
      const conflict = result.current as IncidentConflict;
      return { status: "conflict", message: result.message, conflict };
    }
    return failureState(result);
  }
  refreshFile(incidentId);
  return { status: "done", value: { version: result.value.version } };
}
