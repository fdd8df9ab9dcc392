"use server";

import { incidentPatchSchema } from "@/lib/schemas/incident";
import { draftDiscardSchema } from "@/lib/schemas/incident-discard";
import {
  commentAddSchema,
  stateChangeSchema,
  taskCreateSchema,
  taskUpdateSchema,
  timelineEventAddSchema,
} from "@/lib/schemas/incident-work";
import type { IncidentIntakeInput } from "@/lib/schemas/incident";
import { sessionAction, signedOutState } from "@/lib/server/actions/action-session";
import { formAction } from "@/lib/server/actions/form-action";
import { failureState, type FormState } from "@/lib/server/actions/form-state";
import { addComment } from "@/lib/server/incidents/comments/add-comment";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { discardDraft } from "@/lib/server/incidents/discard-draft";
import type { IncidentConflict } from "@/lib/server/incidents/incident-conflict";
import type { IncidentDto } from "@/lib/server/incidents/incident-dto";
import { saveChangedFields } from "@/lib/server/incidents/save-changed-fields";
import { createTask } from "@/lib/server/incidents/tasks/create-task";
import { updateTask } from "@/lib/server/incidents/tasks/update-task";
import { addTimelineEvent } from "@/lib/server/incidents/timeline/add-timeline-event";
import { updateIncidentParsed } from "@/lib/server/incidents/update-incident";
import { revalidatePath } from "next/cache";

const filePage = (incidentId: string) => `/incidents/${incidentId}`;

export const changeStateAction = formAction({
  schema: stateChangeSchema,
  read: (form) => ({
    incidentId: form.text("incidentId"),
    to: form.text("to"),
    version: form.number("version"),
    note: form.filled("note")?.trim(),
  }),
  run: ({ ctx, actor }, input) => changeIncidentState(ctx, actor, input),
  revalidate: (_incident, input) => [filePage(input.incidentId)],
  answer: (incident) => incident.state,
});

/** Deletes a never-reported draft and goes back to the list, where it no longer appears. */
export const discardDraftAction = formAction({
  schema: draftDiscardSchema,
  read: (form) => ({ incidentId: form.text("incidentId") }),
  run: ({ ctx, actor }, input) => discardDraft(ctx, actor, input),
  revalidate: () => ["/incidents", "/"],
  redirect: (discarded) => `/incidents?discarded=${encodeURIComponent(discarded.reference)}`,
  answer: (discarded) => discarded.reference,
});

/** The time is typed in the incident's zone; an empty one is named as required. */
export const addEventAction = formAction({
  schema: timelineEventAddSchema,
  read: (form) => ({
    incidentId: form.text("incidentId"),
    happenedAt: form.localTime("happenedAt", { required: true }) ?? "",
    kind: form.optional("kind") ?? "note",
    summary: form.text("summary"),
  }),
  run: ({ ctx, actor }, input) => addTimelineEvent(ctx, actor, input),
  revalidate: (_event, input) => [filePage(input.incidentId)],
  answer: (event) => event.id,
});

export const addTaskAction = formAction({
  schema: taskCreateSchema,
  read: (form) => ({
    incidentId: form.text("incidentId"),
    title: form.text("title"),
    ownerId: form.optional("ownerId") || null,
    dueAt: form.localTime("dueAt"),
  }),
  run: ({ ctx, actor }, input) => createTask(ctx, actor, input),
  revalidate: (_task, input) => [filePage(input.incidentId)],
  answer: (task) => task.id,
});

export const setTaskDoneAction = formAction({
  schema: taskUpdateSchema,
  read: (form) => ({ taskId: form.text("taskId"), done: form.flag("done") }),
  run: ({ ctx, actor }, input) => updateTask(ctx, actor, input),
  revalidate: (task) => [filePage(task.incidentId)],
  answer: (_task, input) => input.done === true,
});

export const addCommentAction = formAction({
  schema: commentAddSchema,
  read: (form) => ({ incidentId: form.text("incidentId"), body: form.text("body") }),
  run: ({ ctx, actor }, input) => addComment(ctx, actor, input),
  revalidate: (_comment, input) => [filePage(input.incidentId)],
  answer: (comment) => comment.id,
});

/** Confirms one assumed answer as it is (the version guards against confirming an answer just changed). */
export const confirmAnswerAction = formAction({
  schema: incidentPatchSchema,
  read: (form) => ({ incidentId: form.text("incidentId"), version: form.number("version"), confirmedFacts: [form.text("path")] }),
  runParsed: ({ ctx, actor }, input) => updateIncidentParsed(ctx, actor, input),
  revalidate: (_incident, input) => [filePage(input.incidentId)],
  answer: (incident) => incident.version,
});

export type EditResult =
  | FormState<{ version: number }>
  | {
      status: "conflict";
      message: string;
      conflict: Pick<IncidentConflict, "yourVersion" | "currentVersion" | "changedSince" | "changes"> & { incident: IncidentDto };
    };

/** Saves the fields the person changed at the version they read; a stale version comes back as a conflict, nothing lost. */
export const updateIncidentAction = sessionAction(
  async (
    { ctx, actor },
    incidentId: string,
    version: number,
    input: IncidentIntakeInput,
    changed: string[],
    confirmed: string[] = [],
  ): Promise<EditResult> => {
    const result = await saveChangedFields(ctx, actor, { incidentId, version, input, changed, confirmed });
    if (result.ok) {
      revalidatePath(filePage(incidentId));
      return { status: "done", value: { version: result.value.version } };
    }
    if (result.error === "conflict" && isIncidentConflict(result.current)) {
      return { status: "conflict", message: result.message, conflict: result.current };
    }
    return failureState(result);
  },
  signedOutState,
);

function isIncidentConflict(current: unknown): current is IncidentConflict {
  return typeof current === "object" && current !== null && "changedSince" in current;
}
