import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AttachmentUpload } from "@/components/incidents/file/attachment-upload";
import { clocksOf, openClocks } from "@/components/incidents/file/clock-view";
import { DiscardDraftButton } from "@/components/incidents/file/discard-draft-button";
import { NextObligation } from "@/components/incidents/file/next-obligation";
import { incidentClockDeadlines } from "@/lib/server/deadlines/incident-clocks";
import { CommentForm } from "@/components/incidents/file/comment-form";
import { ConfirmAnswerButton } from "@/components/incidents/intake/confirm-answer-button";
import { EventForm } from "@/components/incidents/file/event-form";
import { IncidentEditForm } from "@/components/incidents/file/incident-edit-form";
import {
  AttachmentsSection,
  CommentsSection,
  FactsSection,
  TasksSection,
  TimelineSection,
} from "@/components/incidents/file/incident-file-sections";
import { IncidentSummary } from "@/components/incidents/file/incident-summary";
import { describeZone } from "@/components/incidents/local-time";
import { StateActions } from "@/components/incidents/file/state-actions";
import { TaskDoneButton, TaskForm } from "@/components/incidents/file/task-form";
import { hasRole } from "@/lib/server/access";
import { isLocale } from "@/lib/i18n/locales";
import { getCurrentAssessment } from "@/lib/server/assessments/list-assessments";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { TRANSITIONS } from "@/lib/server/incidents/incident-states";
import { listAttachments } from "@/lib/server/incidents/attachments/list-attachments";
import { listComments } from "@/lib/server/incidents/comments/list-comments";
import { listTasks } from "@/lib/server/incidents/tasks/list-tasks";
import { systemSummaryIn } from "@/lib/domain/timeline/system-summary";
import { listTimelineEvents } from "@/lib/server/incidents/timeline/list-timeline-events";
import { mayDiscardDraft } from "@/lib/server/incidents/discard-draft";
import { may } from "@/lib/server/incidents/permissions";
import { defaultContext } from "@/lib/server/service-context";
import { listOrganizationMembers } from "@/lib/server/workspace/workspace-directory";
import {
  addCommentAction,
  addEventAction,
  addTaskAction,
  changeStateAction,
  confirmAnswerAction,
  discardDraftAction,
  setTaskDoneAction,
  updateIncidentAction,
} from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("incidentFile"))("metaTitle") };
}

export default async function IncidentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ reported?: string }>;
}) {
  const actor = await requireActor();
  const ctx = await defaultContext();
  const [t, locale] = await Promise.all([getTranslations("incidentFile.page"), getLocale()]);
  const { id } = await params;
  const { reported } = await searchParams;
  const found = await getIncident(ctx, actor, { incidentId: id });
  // Another practice's incident and a missing one look the same.
  if (!found.ok) notFound();
  const incident = found.value;
  const ref = { incidentId: incident.id };
  const [events, tasks, comments, attachments, members, assessment, clockDeadlines] = await Promise.all([
    listTimelineEvents(ctx, actor, ref),
    listTasks(ctx, actor, ref),
    listComments(ctx, actor, ref),
    listAttachments(ctx, actor, ref),
    listOrganizationMembers(ctx, actor, incident.organization.id),
    getCurrentAssessment(ctx, actor, ref),
    incidentClockDeadlines(ctx, actor, incident.id),
  ]);
  const now = ctx.now();
  const organizationId = incident.organization.id;
  const readerLocale = isLocale(locale) ? locale : "en";
  const current = assessment.ok && assessment.value.assessment ? [assessment.value.assessment] : [];
  // Lines Breachdesk wrote were stored in English; the page says them in the reader's language.
  const timeline = (events.ok ? events.value : []).map((event) => ({
    ...event,
    summary: systemSummaryIn(readerLocale, event.summary, current),
  }));
  const can = {
    edit: may(actor, organizationId, "edit") && incident.state !== "closed",
    addEvent: may(actor, organizationId, "add_event"),
    tasks: may(actor, organizationId, "manage_tasks"),
    attach: may(actor, organizationId, "attach"),
    comment: may(actor, organizationId, "comment"),
  };
  const decided = assessment.ok && !!assessment.value.assessment && !assessment.value.outOfDate;
  // "Record the decision" only once a decision is recorded; "Start the assessment" not once it is.
  const allowed = TRANSITIONS.filter((t) => t.from === incident.state && hasRole(actor, organizationId, ...t.roles))
    .map((t) => t.to)
    .filter((to) => (to === "decided" ? decided : to === "under_assessment" && incident.state === "reported" ? !decided : true));
  const clocks = clocksOf(incident, now, clockDeadlines, isLocale(locale) ? locale : "en");
  const open = openClocks(clocks);
  const zoneName = describeZone(incident.timeZone, now, readerLocale);
  const people = Object.fromEntries((members.ok ? members.value : []).map((member) => [member.id, member.name]));
  const confirm = can.edit
    ? (path: string) => <ConfirmAnswerButton incidentId={incident.id} version={incident.version} path={path} action={confirmAnswerAction} />
    : undefined;

  return (
    <>
      <p className="breadcrumbs">
        {/* References are numbered per practice: the practice is named beside it. */}
        <Link href="/incidents">{t("incidents")}</Link> › {incident.reference} <span className="muted">({incident.organization.name})</span>
      </p>
      <h1>{incident.title}</h1>
      {reported ? (
        <p className="card notice" role="status">
          {t("reported")}
        </p>
      ) : null}
      {incident.state === "draft" && can.edit ? (
        <div className="card notice">
          {t("draft")} <Link href={`/incidents/new?draft=${incident.id}`}>{t("continueReport")}</Link>
          {mayDiscardDraft(actor, organizationId, incident.createdById) ? (
            <DiscardDraftButton incidentId={incident.id} action={discardDraftAction} />
          ) : null}
        </div>
      ) : null}
      {assessment.ok && assessment.value.assessment && assessment.value.outOfDate ? (
        <p className="card notice" role="status" data-testid="assessment-out-of-date">
          {t("outOfDate", { version: assessment.value.assessment.version })}{" "}
          <Link href={`/incidents/${incident.id}/assessment`}>{t("reviewAssessment")}</Link>
        </p>
      ) : null}
      <IncidentSummary incident={incident} clocks={clocks} confirm={confirm} />
      <section className="card" aria-labelledby="state-heading">
        <h2 id="state-heading">{t("nextStep")}</h2>
        <NextObligation incidentId={incident.id} clock={open[0]} />
        <StateActions
          incidentId={incident.id}
          version={incident.version}
          state={incident.state}
          allowed={allowed}
          openObligations={open.map((clock) => clock.label)}
          action={changeStateAction}
        />
      </section>
      <FactsSection incident={incident} confirm={confirm} />
      {can.edit ? (
        <details className="card edit-details">
          <summary>{t("editFacts")}</summary>
          <IncidentEditForm incident={incident} zoneName={zoneName} people={people} save={updateIncidentAction} />
        </details>
      ) : null}
      <TimelineSection
        events={timeline}
        timeZone={incident.timeZone}
        form={
          can.addEvent ? (
            <EventForm incidentId={incident.id} timeZone={incident.timeZone} zoneName={zoneName} action={addEventAction} />
          ) : null
        }
      />
      <TasksSection
        tasks={tasks.ok ? tasks.value : []}
        timeZone={incident.timeZone}
        now={now}
        doneButton={(task) =>
          can.tasks ? <TaskDoneButton taskId={task.id} done={!!task.doneAt} title={task.title} action={setTaskDoneAction} /> : null
        }
        form={
          can.tasks ? (
            <TaskForm
              incidentId={incident.id}
              timeZone={incident.timeZone}
              zoneName={zoneName}
              members={members.ok ? members.value : []}
              action={addTaskAction}
            />
          ) : null
        }
      />
      <AttachmentsSection
        incidentId={incident.id}
        attachments={attachments.ok ? attachments.value : []}
        timeZone={incident.timeZone}
        form={can.attach ? <AttachmentUpload incidentId={incident.id} /> : null}
      />
      <CommentsSection
        comments={comments.ok ? comments.value : []}
        timeZone={incident.timeZone}
        form={can.comment ? <CommentForm incidentId={incident.id} action={addCommentAction} /> : null}
      />
    </>
  );
}
