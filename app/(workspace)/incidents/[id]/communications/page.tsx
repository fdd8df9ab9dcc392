import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/communications/action-button";
import { AddRecipientForm } from "@/components/communications/add-recipient-form";
import { MessageTextForm } from "@/components/communications/message-text-form";
import { getCommunicationText } from "@/lib/server/communications/communication-text";
import { CreateDraftForm } from "@/components/communications/create-draft-form";
import { CsvUploadForm } from "@/components/communications/csv-upload-form";
import { FollowUpForm } from "@/components/communications/follow-up-form";
import { NoMailServerNotice } from "@/components/communications/no-mail-server-notice";
import { whereToEnter } from "@/components/notification/missing-item-links";
import { OfflineDeliveryForm } from "@/components/communications/offline-delivery-form";
import { RecipientsTable } from "@/components/communications/recipients-table";
import { SendProgress } from "@/components/communications/send-progress";
import { communicationStatusLabel, LANGUAGE_LABELS, previewHeading, removeLabel } from "@/components/communications/communication-labels";
import { describeZone } from "@/components/incidents/local-time";
import { formatForPeople } from "@/lib/domain/deadlines";
import { mailServerConfigured } from "@/lib/mail/mail-server";
import { hasRole } from "@/lib/server/access";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getPublicNotice } from "@/lib/server/communications/communication-documents";
import { getCommunicationStatus } from "@/lib/server/communications/communication-status";
import { getCommunication, listCommunications } from "@/lib/server/communications/get-communication";
import { listRecipients } from "@/lib/server/communications/list-recipients";
import { previewForRecipient } from "@/lib/server/communications/preview-for-recipient";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { defaultContext } from "@/lib/server/service-context";
import {
  addRecipientAction,
  approveAction,
  communicationStatusAction,
  editTextAction,
  createDraftAction,
  followUpAction,
  importCsvAction,
  recordDeliveryAction,
  removeRecipientAction,
  sendAction,
} from "./actions";
import type { CommunicationDto } from "@/lib/server/communications/communication-dto";

export const metadata = { title: "Telling the people affected" };

const CHANNEL_WORDS: Record<string, string> = { email: "E-mail", letter: "Letters", public_notice: "Public notice" };
const PAGE_SIZE = 50;
/** Up to this many people, the "letters posted" form lists them to tick the letters not posted. */
const TICKABLE_PEOPLE = 200;

type Search = { c?: string; page?: string; preview?: string };

export default async function CommunicationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const actor = await requireActor();
  const ctx = await defaultContext();
  const { id } = await params;
  const search = await searchParams;
  const found = await getIncident(ctx, actor, { incidentId: id });
  if (!found.ok) notFound();
  const incident = found.value;
  const organizationId = incident.organization.id;
  const listed = await listCommunications(ctx, actor, { incidentId: id });
  const communications = listed.ok ? listed.value : [];
  const mayEdit = hasRole(actor, organizationId, "manager", "dpo");
  const isDpo = hasRole(actor, organizationId, "dpo");
  const selectedId = search.c ?? communications[0]?.id;
  const selected = communications.find((communication) => communication.id === selectedId);

  return (
    <>
      <p className="breadcrumbs">
        <Link href={`/incidents/${incident.id}`}>{incident.reference}</Link> / Telling the people affected
      </p>
      <div className="page-head">
        <h1>Telling the people affected</h1>
      </div>
      <p className="lede muted">
        Where the risk to people is high, they are told without undue delay, in plain language (GDPR Art. 34). Prepare the message, add the
        people, let the DPO approve it, then send it (letters and a public notice go out by post or publication: the DPO records when, and
        how or where). Every message sent is kept as sent.
      </p>
      {communications.length > 0 ? (
        <nav aria-label="Communications of this incident" className="card">
          <h2>Communications</h2>
          <ul>
            {communications.map((communication) => (
              <li key={communication.id}>
                <Link href={`?c=${communication.id}`} aria-current={communication.id === selectedId ? "page" : undefined}>
                  {CHANNEL_WORDS[communication.channel]} ({LANGUAGE_LABELS[communication.language] ?? communication.language}) ·{" "}
                  {communicationStatusLabel(communication.status)}
                  {communication.followUpOfId ? " · follow-up" : ""} · created{" "}
                  {formatForPeople(new Date(communication.createdAt), incident.timeZone)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {selectedId ? (
        <CommunicationView
          incidentId={incident.id}
          organizationId={organizationId}
          timeZone={incident.timeZone}
          communicationId={selectedId}
          search={search}
          mayEdit={mayEdit}
          isDpo={isDpo}
          followUps={communications.filter((communication) => communication.followUpOfId === selectedId)}
          followUpOf={communications.find((communication) => communication.id === selected?.followUpOfId) ?? null}
        />
      ) : null}
      {mayEdit ? <CreateDraftForm incidentId={incident.id} action={createDraftAction} /> : null}
    </>
  );
}

async function CommunicationView({
  incidentId,
  organizationId,
  timeZone,
  communicationId,
  search,
  mayEdit,
  isDpo,
  followUps,
  followUpOf,
}: {
  incidentId: string;
  /** The practice whose details (contact point, name) the letter's missing items link to. */
  organizationId: string;
  timeZone: string;
  communicationId: string;
  search: Search;
  mayEdit: boolean;
  isDpo: boolean;
  /** Later communications to the people this one did not reach. */
  followUps: CommunicationDto[];
  /** The communication whose unreached people this one writes to. */
  followUpOf: CommunicationDto | null;
}) {
  const actor = await requireActor();
  const ctx = await defaultContext();
  const detail = await getCommunication(ctx, actor, { communicationId });
  if (!detail.ok) return <p role="alert">This communication cannot be shown.</p>;
  const communication = detail.value;
  const page = Math.max(1, Number(search.page ?? "1") || 1);
  const wordable =
    isDpo && communication.channel !== "public_notice" && (communication.status === "draft" || communication.status === "approved");
  const [recipients, status, preview, notice, wording] = await Promise.all([
    communication.channel === "public_notice" ? null : listRecipients(ctx, actor, { communicationId, page, pageSize: PAGE_SIZE }),
    getCommunicationStatus(ctx, actor, { communicationId }),
    search.preview ? previewForRecipient(ctx, actor, { communicationId, recipientId: search.preview }) : null,
    communication.channel === "public_notice" ? getPublicNotice(ctx, actor, { communicationId }) : null,
    wordable ? getCommunicationText(ctx, actor, { communicationId }) : null,
  ]);
  const editable = mayEdit && (communication.status === "draft" || communication.status === "approved");
  const fields = { incidentId, communicationId };
  const base = `?c=${communicationId}`;
  const download = (document: string) =>
    `/incidents/${incidentId}/communications/download?communication=${communicationId}&document=${document}`;
  const pages = recipients?.ok ? Math.max(1, Math.ceil(recipients.value.total / PAGE_SIZE)) : 1;
  const recordable = isDpo && communication.status === "approved" && communication.channel !== "email";
  const mailServer = mailServerConfigured(ctx.env);
  const sendingByEmail = communication.channel === "email" && (communication.status === "approved" || communication.status === "sending");
  const tickable =
    recordable && communication.channel === "letter" && communication.recipientCount <= TICKABLE_PEOPLE
      ? await listRecipients(ctx, actor, { communicationId, pageSize: TICKABLE_PEOPLE })
      : null;

  return (
    <section className="card" aria-labelledby="communication-heading">
      <h2 id="communication-heading">
        {CHANNEL_WORDS[communication.channel]}: {communication.subject}{" "}
        <span className="badge">{communicationStatusLabel(communication.status)}</span>
      </h2>
      <p className="muted small">
        Language: {LANGUAGE_LABELS[communication.language] ?? communication.language} · {communication.recipientCount} people
        {communication.approvedAt ? ` · approved ${formatForPeople(new Date(communication.approvedAt), timeZone)}` : ""}
      </p>
      {followUpOf ? (
        <p>
          A follow-up for the people not reached by <Link href={`?c=${followUpOf.id}`}>{describe(followUpOf)}</Link>.
        </p>
      ) : null}

      {communication.status === "draft" ? (
        <div aria-labelledby="missing-heading">
          <h3 id="missing-heading">Before approval</h3>
          {communication.missing.length === 0 ? (
            <p>
              <span className="badge badge-ok">complete</span> Everything Art. 34(2) asks for is there.
            </p>
          ) : (
            <ul>
              {communication.missing.map((item) => {
                const place = whereToEnter(item.field, organizationId);
                return (
                  <li key={item.id}>
                    {item.message}
                    {place ? (
                      <>
                        {" "}
                        <Link href={place.href}>{place.label}</Link>
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ) : null}

      {wording?.ok ? (
        <MessageTextForm
          key={communicationId}
          incidentId={incidentId}
          communicationId={communicationId}
          subject={wording.value.subject}
          text={wording.value.text}
          edited={wording.value.edited}
          action={editTextAction}
        />
      ) : null}

      {/* A div, not a p: the buttons are forms, which a paragraph cannot hold. */}
      <div>
        {isDpo && communication.status === "draft" ? (
          <ActionButton label="Approve (DPO)" busyLabel="Approving…" fields={fields} action={approveAction} />
        ) : null}
        {isDpo && communication.channel === "email" && (communication.status === "approved" || communication.status === "sending") ? (
          <ActionButton
            label="Send"
            busyLabel="Queuing…"
            fields={fields}
            action={sendAction}
            confirm={`Send this message to ${communication.recipientCount} people now?`}
          />
        ) : null}
        {!isDpo && communication.status === "draft" ? (
          <span className="muted small">The DPO approves and sends the communication.</span>
        ) : null}
        {communication.channel !== "public_notice" && communication.status !== "draft" ? (
          <a href={download("letters")}>Printable letters (PDF)</a>
        ) : null}{" "}
        {communication.channel === "public_notice" ? <a href={download("public-notice")}>Public notice (PDF)</a> : null}
      </div>

      {isDpo && sendingByEmail && !mailServer ? <NoMailServerNotice lettersHref={download("letters")} /> : null}

      {communication.sentAt ? (
        <DeliveryRecord
          channel={communication.channel}
          sentAt={communication.sentAt}
          sentVia={communication.sentVia}
          reached={communication.reached}
          timeZone={timeZone}
        />
      ) : null}

      {recordable && communication.channel !== "email" ? (
        <OfflineDeliveryForm
          incidentId={incidentId}
          communicationId={communicationId}
          channel={communication.channel}
          timeZone={timeZone}
          zoneNote={describeZone(timeZone, new Date())}
          people={
            tickable?.ok
              ? tickable.value.recipients.map((person) => ({ id: person.id, name: person.name, postalAddress: person.postalAddress }))
              : null
          }
          peopleTotal={communication.recipientCount}
          action={recordDeliveryAction}
        />
      ) : null}

      {communication.status === "partially_failed" && communication.reached.notReached > 0 ? (
        <>
          {followUps.length > 0 ? (
            <p>
              Followed up by{" "}
              {followUps.map((followUp, index) => (
                <span key={followUp.id}>
                  {index > 0 ? ", " : ""}
                  <Link href={`?c=${followUp.id}`}>{describe(followUp)}</Link>
                </span>
              ))}
              .
            </p>
          ) : null}
          {mayEdit ? (
            <FollowUpForm
              incidentId={incidentId}
              communicationId={communicationId}
              channel={communication.channel}
              notReached={communication.reached.notReached}
              action={followUpAction}
            />
          ) : null}
        </>
      ) : null}

      {status.ok && communication.channel === "email" && communication.status !== "draft" && communication.status !== "approved" ? (
        <SendProgress
          communicationId={communicationId}
          initial={status.value}
          poll={communicationStatusAction}
          mailServerConfigured={mailServer}
        />
      ) : null}

      {notice?.ok ? (
        <article aria-label="Public notice" className="subform">
          <h3>{notice.value.subject}</h3>
          <div className="prose">{notice.value.text}</div>
        </article>
      ) : null}

      {preview ? (
        <article aria-labelledby="preview-heading" className="subform">
          <h3 id="preview-heading">{preview.ok ? previewHeading(communication.channel, preview.value.name) : "Preview"}</h3>
          {preview.ok ? (
            <>
              {communication.channel === "letter" && preview.value.postalAddress ? (
                <address className="prose">{preview.value.postalAddress}</address>
              ) : null}
              {communication.channel === "email" && preview.value.to ? <p className="muted small">To: {preview.value.to}</p> : null}
              <p>
                <strong>{preview.value.subject}</strong>{" "}
                {preview.value.frozen ? (
                  <span className="badge badge-ok">approved text</span>
                ) : (
                  <span className="badge badge-warn">draft</span>
                )}
              </p>
              <div className="prose">{preview.value.text}</div>
            </>
          ) : (
            <p role="alert">
              {preview.error === "invalid"
                ? `The message cannot be written yet: ${preview.fields.map((f) => f.field).join(", ")}.`
                : "No such person."}
            </p>
          )}
        </article>
      ) : null}

      {recipients?.ok ? (
        <div className="subform">
          <h3>People ({recipients.value.total})</h3>
          <RecipientsTable
            recipients={recipients.value.recipients}
            channel={communication.channel}
            previewHref={(recipientId) => `${base}&page=${page}&preview=${recipientId}`}
            removeButton={
              editable
                ? (recipient) => (
                    <ActionButton
                      label="Remove"
                      busyLabel="Removing…"
                      accessibleName={removeLabel(recipient.name)}
                      fields={{ ...fields, recipientId: recipient.id }}
                      action={removeRecipientAction}
                    />
                  )
                : undefined
            }
          />
          {pages > 1 ? (
            <nav aria-label="Pages of people" className="small">
              {page > 1 ? <Link href={`${base}&page=${page - 1}`}>Previous</Link> : null} Page {page} of {pages}{" "}
              {page < pages ? <Link href={`${base}&page=${page + 1}`}>Next</Link> : null}
            </nav>
          ) : null}
        </div>
      ) : null}
      {editable && communication.channel !== "public_notice" ? (
        <>
          <AddRecipientForm incidentId={incidentId} communicationId={communicationId} action={addRecipientAction} />
          <CsvUploadForm incidentId={incidentId} communicationId={communicationId} action={importCsvAction} />
        </>
      ) : null}
    </section>
  );
}

const describe = (communication: CommunicationDto) =>
  `${CHANNEL_WORDS[communication.channel]?.toLowerCase()} of ${communication.createdAt.slice(0, 10)} ` +
  `(${communicationStatusLabel(communication.status).toLowerCase()})`;

/** What the DPO recorded: when the letters were posted (how, and to how many) or where the notice was published. */
function DeliveryRecord({
  channel,
  sentAt,
  sentVia,
  reached,
  timeZone,
}: {
  channel: string;
  sentAt: string;
  sentVia: string | null;
  reached: { sent: number; notReached: number };
  timeZone: string;
}) {
  const when = formatForPeople(new Date(sentAt), timeZone);
  if (channel === "public_notice") {
    // Only a web address becomes a link; a place ("the surgery's waiting room") stays text.
    const where =
      sentVia && /^https?:\/\//i.test(sentVia) ? (
        <a href={sentVia} rel="noopener noreferrer">
          {sentVia}
        </a>
      ) : (
        sentVia
      );
    return (
      <p>
        <span className="badge badge-ok">published</span> Published {when}
        {where ? <> at {where}</> : null}.
      </p>
    );
  }
  return (
    <p>
      <span className="badge badge-ok">posted</span> Letters posted {when}
      {sentVia ? ` (${sentVia})` : ""} to {reached.sent} {reached.sent === 1 ? "person" : "people"}
      {reached.notReached > 0 ? `; ${reached.notReached} not posted (see the reasons below)` : ""}.
    </p>
  );
}
