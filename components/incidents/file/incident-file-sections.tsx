import { describeSize, type ATTACHMENT_PURPOSES } from "@/lib/schemas/incident-attachment";
import type { AttachmentDto } from "@/lib/server/incidents/attachments/attachment-dto";
import type { CommentDto } from "@/lib/server/incidents/comments/comment-dto";
import type { IncidentDto } from "@/lib/server/incidents/incident-dto";
import type { TaskDto } from "@/lib/server/incidents/tasks/task-dto";
import type { TimelineEventDto } from "@/lib/server/incidents/timeline/timeline-event-dto";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { assumedNote, factRows } from "@/components/incidents/file/facts-view";
import { formatWhen } from "@/components/incidents/local-time";
import { eventKindLabel } from "@/components/incidents/incident-labels";

type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number];

/** An instant of the file in the reader's language, on the incident's clock. */
function useAt(): (iso: string, timeZone: string) => string {
  const locale = useLocale();
  return (iso, timeZone) => formatWhen(new Date(iso), timeZone, locale);
}

/**
 * The description and the breach facts, in the words the intake asked them. An answer sent untouched at its
 * cautious default says so beside it, with `confirm` (for those who may edit) to confirm it as it is.
 */
export function FactsSection({ incident, confirm }: { incident: IncidentDto; confirm?: (path: string) => ReactNode }) {
  const tApp = useTranslations();
  const t = useTranslations("incidentFile");
  const rows = factRows(tApp, incident.facts, incident.assumedFacts);
  const note = assumedNote(rows.filter((row) => row.assumed).length, tApp);
  return (
    <section className="card" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t("sections.whatHappened")}</h2>
      <p className="prose">{incident.description || <span className="muted">{t("sections.noDescription")}</span>}</p>
      {incident.discoveryMethod ? (
        <p>
          <strong>{t("sections.howDiscovered")}</strong> <span className="prose">{incident.discoveryMethod}</span>
        </p>
      ) : null}
      {incident.containment ? (
        <p>
          <strong>{t("sections.howContained")}</strong> <span className="prose">{incident.containment}</span>
        </p>
      ) : null}
      {!incident.factsComplete ? <p className="badge badge-warn">{t("sections.factsMissing")}</p> : null}
      {note ? (
        <p className="assumed-note" data-testid="assumed-note">
          <strong>{note}</strong>
        </p>
      ) : null}
      <dl className="facts-list facts-questions">
        {rows.map((row) => (
          <div key={row.field} className="facts-row">
            <dt>
              {row.question} <span className="legal-term">{row.legalTerm}</span>
            </dt>
            <dd>
              {row.answer}
              {row.assumed ? (
                <>
                  {" "}
                  <span className="badge badge-warn">{t("facts.assumedMarker")}</span> {confirm?.(`facts.${row.field}`)}
                </>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function TimelineSection({ events, timeZone, form }: { events: TimelineEventDto[]; timeZone: string; form: ReactNode }) {
  const tApp = useTranslations();
  const t = useTranslations("incidentFile");
  const at = useAt();
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t("sections.timeline")}</h2>
      {events.length === 0 ? <p className="muted">{t("sections.nothingRecorded")}</p> : null}
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.id}>
            <time dateTime={event.happenedAt}>{at(event.happenedAt, timeZone)}</time> · <strong>{eventKindLabel(tApp, event.kind)}</strong>
            <p className="prose">{event.summary}</p>
            <p className="muted small">{t("sections.recordedBy", { name: event.recordedBy.name, when: at(event.recordedAt, timeZone) })}</p>
          </li>
        ))}
      </ol>
      {form}
    </section>
  );
}

export function TasksSection(props: {
  tasks: TaskDto[];
  timeZone: string;
  now: Date;
  doneButton: (task: TaskDto) => ReactNode;
  form: ReactNode;
}) {
  const { tasks, timeZone, now } = props;
  const t = useTranslations("incidentFile");
  const at = useAt();
  return (
    <section className="card" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{t("sections.actionPlan")}</h2>
      {tasks.length === 0 ? <p className="muted">{t("sections.noTasks")}</p> : null}
      <ul className="tasks">
        {tasks.map((task) => {
          const late = !task.doneAt && task.dueAt && new Date(task.dueAt).getTime() < now.getTime();
          return (
            <li key={task.id} className={task.doneAt ? "task task-done" : late ? "task task-late" : "task"}>
              <span className="task-title">
                {task.doneAt ? "✓ " : ""}
                {task.title}
              </span>
              <span className="muted">
                {" "}
                · {task.owner ? task.owner.name : t("sections.noOwner")}
                {task.dueAt ? ` · ${t("sections.taskDue", { when: at(task.dueAt, timeZone) })}` : ""}
                {late ? ` · ${t("sections.taskOverdue")}` : ""}
                {task.doneAt ? ` · ${t("sections.taskDone", { when: at(task.doneAt, timeZone) })}` : ""}
              </span>{" "}
              {props.doneButton(task)}
            </li>
          );
        })}
      </ul>
      {props.form}
    </section>
  );
}

export function AttachmentsSection({
  incidentId,
  attachments,
  timeZone,
  form,
}: {
  incidentId: string;
  attachments: AttachmentDto[];
  timeZone: string;
  form: ReactNode;
}) {
  const locale = useLocale();
  const t = useTranslations("incidentFile");
  const at = useAt();
  return (
    <section className="card" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{t("sections.evidence")}</h2>
      {attachments.length === 0 ? <p className="muted">{t("sections.noFiles")}</p> : null}
      <ul className="attachments">
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            <a href={`/incidents/${incidentId}/attachments/${attachment.id}`} download>
              {attachment.fileName}
            </a>{" "}
            <span className="muted">
              {t("sections.attachmentMeta", {
                purpose: t.has(`attachment.purposes.${attachment.purpose as AttachmentPurpose}`)
                  ? t(`attachment.purposes.${attachment.purpose as AttachmentPurpose}`)
                  : attachment.purpose,
                size: describeSize(attachment.size, locale),
                name: attachment.uploadedBy.name,
                when: at(attachment.createdAt, timeZone),
              })}
            </span>
          </li>
        ))}
      </ul>
      {form}
    </section>
  );
}

export function CommentsSection({ comments, timeZone, form }: { comments: CommentDto[]; timeZone: string; form: ReactNode }) {
  const t = useTranslations("incidentFile");
  const at = useAt();
  return (
    <section className="card" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t("sections.comments")}</h2>
      {comments.length === 0 ? <p className="muted">{t("sections.noComments")}</p> : null}
      <ul className="comments">
        {comments.map((comment) => (
          <li key={comment.id}>
            <p className="prose">{comment.body}</p>
            <p className="muted small">{t("sections.commentMeta", { name: comment.author.name, when: at(comment.createdAt, timeZone) })}</p>
          </li>
        ))}
      </ul>
      {form}
    </section>
  );
}
