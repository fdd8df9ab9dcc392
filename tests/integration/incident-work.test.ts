import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/server/actor";
import { addComment } from "@/lib/server/incidents/comments/add-comment";
import { addTimelineEvent } from "@/lib/server/incidents/timeline/add-timeline-event";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { createTask } from "@/lib/server/incidents/tasks/create-task";
import { listComments } from "@/lib/server/incidents/comments/list-comments";
import { listTasks } from "@/lib/server/incidents/tasks/list-tasks";
import { listTimelineEvents } from "@/lib/server/incidents/timeline/list-timeline-events";
import { updateTask } from "@/lib/server/incidents/tasks/update-task";
import { createTestContext, type TestContext } from "./support/test-context";
import { value } from "./support/value";
import { member } from "./support/member";

/* The work on an incident file: its timeline, its tasks and its comments, per role and per practice. */
let ctx: TestContext;
let incidentId: string;
const people: Record<string, Actor & { kind: "user" }> = {};
const MARKER = "WORK-MARKER-91c2";

async function person(key: string, organizationId: string, role: Role) {
  people[key] = await member(ctx, key, organizationId, role, { via: "api" });
}

beforeAll(async () => {
  ctx = await createTestContext();
  const a = await ctx.db.organization.create({ data: { slug: "practice-a", name: "Practice A" } });
  const b = await ctx.db.organization.create({ data: { slug: "practice-b", name: "Practice B" } });
  for (const role of ["manager", "dpo", "lawyer", "admin"] as const) await person(role, a.id, role);
  await person("stranger", b.id, "dpo");
  const incident = value(
    await createIncident(ctx, people.manager!, {
      title: "USB stick lost",
      awareAt: "2026-03-27T10:00:00Z",
      timeZone: "Europe/Paris",
      facts: { breachTypes: ["confidentiality"] },
    }),
  );
  incidentId = incident.id;
});
afterAll(async () => ctx.close());

describe("the timeline", () => {
  it("records a dated event, sealed at rest, and lists it in the order things happened (audited)", async () => {
    const event = value(
      await addTimelineEvent(ctx, people.dpo!, {
        incidentId,
        happenedAt: "2026-03-27T09:00:00Z",
        kind: "contact",
        summary: `Called the police. ${MARKER}`,
      }),
    );
    expect(event).toMatchObject({ kind: "contact", summary: `Called the police. ${MARKER}`, recordedBy: { name: "dpo" } });
    const raw = await ctx.db.incidentEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(raw.summary).not.toContain(MARKER);
    const timeline = value(await listTimelineEvents(ctx, people.lawyer!, { incidentId }));
    expect(timeline.map((e) => e.kind)).toEqual(["contact", "aware"]);
    expect(await ctx.db.auditEntry.count({ where: { action: "incident.timeline.read", incidentId } })).toBe(1);
    expect(await ctx.db.auditEntry.count({ where: { action: "incident.event.add", incidentId } })).toBe(1);
  });

  it("refuses a future event, a kind reserved to the services, the lawyer, and a stranger", async () => {
    expect(
      await addTimelineEvent(ctx, people.dpo!, { incidentId, happenedAt: "2026-03-28T09:00:00Z", kind: "note", summary: "x" }),
    ).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "happenedAt" }] });
    expect(
      await addTimelineEvent(ctx, people.dpo!, { incidentId, happenedAt: "2026-03-27T09:00:00Z", kind: "filed" as never, summary: "x" }),
    ).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "kind" }] });
    expect(
      await addTimelineEvent(ctx, people.lawyer!, { incidentId, happenedAt: "2026-03-27T09:00:00Z", kind: "note", summary: "x" }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    expect(
      await addTimelineEvent(ctx, people.stranger!, { incidentId, happenedAt: "2026-03-27T09:00:00Z", kind: "note", summary: "x" }),
    ).toMatchObject({ ok: false, error: "not_found" });
    expect(await listTimelineEvents(ctx, people.stranger!, { incidentId })).toMatchObject({ ok: false, error: "not_found" });
  });
});

describe("tasks", () => {
  it("creates a task for a member, marks it done and not done, and lists open ones first", async () => {
    const task = value(
      await createTask(ctx, people.manager!, {
        incidentId,
        title: "Change the Wi-Fi password",
        ownerId: people.dpo!.userId,
        dueAt: "2026-03-28T12:00:00Z",
      }),
    );
    expect(task).toMatchObject({ owner: { id: people.dpo!.userId }, doneAt: null });
    const done = value(await updateTask(ctx, people.dpo!, { taskId: task.id, done: true }));
    expect(done.doneAt).toBe(ctx.now().toISOString());
    const second = value(await createTask(ctx, people.dpo!, { incidentId, title: "Inform the insurer" }));
    expect(value(await listTasks(ctx, people.lawyer!, { incidentId })).map((t) => t.id)).toEqual([second.id, task.id]);
    expect(value(await updateTask(ctx, people.dpo!, { taskId: task.id, done: false })).doneAt).toBeNull();
    const audit = await ctx.db.auditEntry.findMany({ where: { action: "incident.task.update", incidentId }, orderBy: { seq: "asc" } });
    expect(audit.map((entry) => Object.keys(JSON.parse(entry.detail).changes))).toEqual([["doneAt"], ["doneAt"]]);
  });

  it("refuses an owner who is not a member of the incident's practice", async () => {
    const result = await createTask(ctx, people.manager!, { incidentId, title: "Ask the stranger", ownerId: people.stranger!.userId });
    expect(result).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "ownerId" }] });
    expect(await ctx.db.task.count({ where: { title: "Ask the stranger" } })).toBe(0);
  });

  it("keeps tasks away from the lawyer's changes and from strangers", async () => {
    const task = value(await createTask(ctx, people.manager!, { incidentId, title: "Review access logs" }));
    expect(await createTask(ctx, people.lawyer!, { incidentId, title: "Lawyer task" })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await updateTask(ctx, people.lawyer!, { taskId: task.id, done: true })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await createTask(ctx, people.stranger!, { incidentId, title: "Stranger task" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect(await updateTask(ctx, people.stranger!, { taskId: task.id, done: true })).toMatchObject({ ok: false, error: "not_found" });
    expect(await listTasks(ctx, people.stranger!, { incidentId })).toMatchObject({ ok: false, error: "not_found" });
    expect((await ctx.db.task.findUniqueOrThrow({ where: { id: task.id } })).doneAt).toBeNull();
  });
});

describe("comments", () => {
  it("lets the lawyer comment, keeps the body sealed and out of the audit trail", async () => {
    const comment = value(await addComment(ctx, people.lawyer!, { incidentId, body: `Art. 34 seems to apply. ${MARKER}` }));
    expect(comment).toMatchObject({ author: { name: "lawyer" }, body: `Art. 34 seems to apply. ${MARKER}` });
    const raw = await ctx.db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(raw.body).not.toContain(MARKER);
    expect(JSON.stringify(await ctx.db.auditEntry.findMany({ where: { incidentId } }))).not.toContain(MARKER);
    expect(value(await listComments(ctx, people.manager!, { incidentId })).map((c) => c.body)).toEqual([comment.body]);
    expect(await ctx.db.auditEntry.count({ where: { action: "incident.comments.read", incidentId } })).toBe(1);
  });

  it("refuses the administrator's comment, a stranger's, and an empty one", async () => {
    expect(await addComment(ctx, people.admin!, { incidentId, body: "admin" })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await addComment(ctx, people.stranger!, { incidentId, body: "stranger" })).toMatchObject({ ok: false, error: "not_found" });
    expect(await listComments(ctx, people.stranger!, { incidentId })).toMatchObject({ ok: false, error: "not_found" });
    expect(await addComment(ctx, people.dpo!, { incidentId, body: "   " })).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "body" }],
    });
  });
});
