import { at, seal } from "@/lib/server/crypto/sealed-text";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { taskUpdateSchema, type TaskUpdateInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { forbidden, invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { incidentScope } from "@/lib/server/incidents/incident-scope";
import { memberProblem } from "@/lib/server/incidents/members";
import { deniedMessage, may } from "@/lib/server/incidents/permissions";
import { taskSelect, toTaskDto, type TaskDto } from "@/lib/server/incidents/tasks/task-dto";

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** Marks a task done or not done, or changes its title, owner or due date. */
export async function updateTask(ctx: ServiceContext, actor: Actor, input: TaskUpdateInput): Promise<ServiceResult<TaskDto>> {
  const parsed = taskUpdateSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { taskId, title, done, ownerId, dueAt } = parsed.data;
  const now = ctx.now();

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    // The task is found through its incident's scope: a task of another organisation does not exist here.
    const task = await tx.task.findFirst({
      where: { id: taskId, incident: incidentScope(actor) },
      select: { ...taskSelect, incident: { select: { organizationId: true } } },
    });
    if (!task) return notFound("No such task.");
    const organizationId = task.incident.organizationId;
    if (!may(actor, organizationId, "manage_tasks")) return forbidden(deniedMessage.manage_tasks);
    const problem = await memberProblem(tx, organizationId, "ownerId", ownerId);
    if (problem) return invalid([problem]);

    const currentTitle = toTaskDto(task).title;
    const doneAt = done === undefined ? task.doneAt : done ? (task.doneAt ?? now) : null;
    const next = {
      title: title ?? currentTitle,
      ownerId: ownerId === undefined ? (task.owner?.id ?? null) : ownerId,
      dueAt: dueAt === undefined ? task.dueAt : dueAt,
      doneAt,
    };
    const before = { title: currentTitle, ownerId: task.owner?.id ?? null, dueAt: iso(task.dueAt), doneAt: iso(task.doneAt) };
    const after = { title: next.title, ownerId: next.ownerId, dueAt: iso(next.dueAt), doneAt: iso(next.doneAt) };
    const changes = Object.fromEntries(
      // A title may name a patient: the audit trail, kept in clear, records only that it changed.
      (Object.keys(before) as Array<keyof typeof before>)
        .filter((key) => before[key] !== after[key])
        .map((key) => [key, key === "title" ? "changed" : { before: before[key], after: after[key] }]),
    );
    if (Object.keys(changes).length === 0) return ok(toTaskDto(task));
    const updated = await tx.task.update({
      where: { id: task.id },
      data: { ...next, title: seal(next.title, at("task", "title", task.id)) },
      select: taskSelect,
    });
    await appendAudit(
      tx,
      actor,
      { action: "incident.task.update", organizationId, incidentId: task.incidentId, detail: { taskId, changes } },
      now,
    );
    return ok(toTaskDto(updated));
  });
}
