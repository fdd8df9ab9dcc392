import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, seal } from "@/lib/server/crypto/sealed-text";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { taskCreateSchema, type TaskCreateInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { memberProblem } from "@/lib/server/incidents/members";
import { changedBy } from "@/lib/server/incidents/permissions";
import { taskSelect, toTaskDto, type TaskDto } from "@/lib/server/incidents/tasks/task-dto";

/** Adds a task to an incident (a remedial action, a call to make); its owner must belong to the incident's organisation. */
export async function createTask(ctx: ServiceContext, actor: Actor, input: TaskCreateInput): Promise<ServiceResult<TaskDto>> {
  const parsed = taskCreateSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { incidentId, title, ownerId, dueAt } = parsed.data;
  const now = ctx.now();

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findIncidentFor(tx, actor, incidentId, "manage_tasks");
    if (!found.ok) return found;
    const problem = await memberProblem(tx, found.value.organizationId, "ownerId", ownerId);
    if (problem) return invalid([problem]);
    const id = newRowId();
    const task = await tx.task.create({
      data: {
        id,
        incidentId,
        title: seal(title, at("task", "title", id)),
        ownerId: ownerId ?? null,
        dueAt: dueAt ?? null,
        createdById: changedBy(actor),
        createdAt: now,
      },
      select: taskSelect,
    });
    await appendAudit(
      tx,
      actor,
      {
        action: "incident.task.create",
        organizationId: found.value.organizationId,
        incidentId,
        detail: { taskId: task.id, ownerId: ownerId ?? null, dueAt: dueAt?.toISOString() ?? null },
      },
      now,
    );
    return ok(toTaskDto(task));
  });
}
