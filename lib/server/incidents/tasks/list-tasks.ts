import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentRefSchema, type IncidentRefInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { taskSelect, toTaskDto, type TaskDto } from "@/lib/server/incidents/tasks/task-dto";

/** The incident's tasks: open ones first by due date, then the done ones. */
export async function listTasks(ctx: ServiceContext, actor: Actor, input: IncidentRefInput): Promise<ServiceResult<TaskDto[]>> {
  const parsed = incidentRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findIncidentFor(ctx.db, actor, parsed.data.incidentId, "read");
  if (!found.ok) return found;
  const rows = await ctx.db.task.findMany({
    where: { incidentId: found.value.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: taskSelect,
  });
  await auditRead(ctx, actor, {
    action: "incident.tasks.read",
    organizationId: found.value.organizationId,
    incidentId: found.value.id,
    detail: { tasks: rows.length },
  });
  const open = rows
    .filter((row) => !row.doneAt)
    .sort((a, b) => (a.dueAt?.getTime() ?? Number.MAX_SAFE_INTEGER) - (b.dueAt?.getTime() ?? Number.MAX_SAFE_INTEGER));
  return ok([...open, ...rows.filter((row) => row.doneAt)].map(toTaskDto));
}
