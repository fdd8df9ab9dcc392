import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/lib/domain/notification/format-instant";
import { missingInWords } from "@/components/communications/missing-in-words";
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
import { isCommunicationStatus, isLetterLanguage, isMessageChannel } from "@/components/communications/communication-labels";
import { describeZone } from "@/components/incidents/local-time";
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

export async function generateMetadata() {
  const t = await getTranslations("communications");
  return { title: t("title") };
}

type T = Awaited<ReturnType<typeof getTranslations<"communications">>>;

/** The words for a communication's stored values; a value added later still reads as words, never as an id. */
function wordsOf(t: T) {
  return {
    channel: (channel: string) => (isMessageChannel(channel) ? t(`channels.${channel}`) : channel.replace(/_/g, " ")),
    status: (status: string) => (isCommunicationStatus(status) ? t(`status.${status}`) : status.replace(/_/g, " ")),
    language: (language: string) => (isLetterLanguage(language) ? t(`languages.${language}`) : language),
    describe: (communication: CommunicationDto) => {
      const values = { date: communication.createdAt.slice(0, 10), status: wordsOf(t).status(communication.status) };
      return isMessageChannel(communication.channel) ? t(`describe.${communication.channel}`, values) : communication.channel;
    },
  };
}

/** An instant in the incident's zone, in the reader's language, with the zone's name (as the documents write it). */
async function whenIn(timeZone: string) {
  const locale = await getLocale();
  return (iso: string) => formatInstant(iso, timeZone, locale);
}

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
  const t = await getTranslations("communications");
  const words = wordsOf(t);
  const when = await whenIn(incident.timeZone);

  return (
    <>
      <p className="breadcrumbs">
        <Link href={`/incidents/${incident.id}`}>{incident.reference}</Link> / {t("title")}
      </p>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <p className="lede muted">{t("lede")}</p>
      {communications.length > 0 ? (
        <nav aria-label={t("listLabel")} className="card">
          <h2>{t("listHeading")}</h2>
          <ul>
            {communications.map((communication) => (
              <li key={communication.id}>
                <Link href={`?c=${communication.id}`} aria-current={communication.id === selectedId ? "page" : undefined}>
                  {t(communication.followUpOfId ? "listItemFollowUp" : "listItem", {
                    channel: words.channel(communication.channel),
                    language: words.language(communication.language),
                    status: words.status(communication.status),
                    when: when(communication.createdAt),
                  })}
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
  const t = await getTranslations("communications");
  const locale = await getLocale();
  const words = wordsOf(t);
  const when = await whenIn(timeZone);
  // The link to Settings is worded as on the notification page, whose list of missing items is the same kind.
  const notificationWords = await getTranslations("notification");
  const detail = await getCommunication(ctx, actor, { communicationId });
  if (!detail.ok) return <p role="alert">{t("cannotShow")}</p>;
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
        {words.channel(communication.channel)}: <span lang={communication.language}>{communication.subject}</span>{" "}
        <span className="badge">{words.status(communication.status)}</span>
      </h2>
      <p className="muted small">
        {communication.approvedAt
          ? t("factsApproved", {
              language: words.language(communication.language),
              count: communication.recipientCount,
              when: when(communication.approvedAt),
            })
          : t("facts", { language: words.language(communication.language), count: communication.recipientCount })}
      </p>
      {followUpOf ? (
        <p>
          {t.rich("followUpOf", {
            what: words.describe(followUpOf),
            link: (chunks) => <Link href={`?c=${followUpOf.id}`}>{chunks}</Link>,
          })}
        </p>
      ) : null}

      {communication.status === "draft" ? (
        <div aria-labelledby="missing-heading">
          <h3 id="missing-heading">{t("beforeApproval")}</h3>
          {communication.missing.length === 0 ? (
            <p>
              <span className="badge badge-ok">{t("complete")}</span> {t("completeText")}
            </p>
          ) : (
            <ul>
              {communication.missing.map((item) => {
                const place = whereToEnter(item.field, organizationId, notificationWords);
                return (
                  <li key={item.id}>
                    {missingInWords(t, locale, item) ?? <span lang="en">{item.message}</span>}
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
          language={communication.language}
          action={editTextAction}
        />
      ) : null}

      {/* A div, not a p: the buttons are forms, which a paragraph cannot hold. */}
      <div>
        {isDpo && communication.status === "draft" ? (
          <ActionButton label={t("approve")} busyLabel={t("approving")} fields={fields} action={approveAction} />
        ) : null}
        {isDpo && communication.channel === "email" && (communication.status === "approved" || communication.status === "sending") ? (
          <ActionButton
            label={t("send")}
            busyLabel={t("queuing")}
            fields={fields}
            action={sendAction}
            confirm={t("sendConfirm", { count: communication.recipientCount })}
          />
        ) : null}
        {!isDpo && communication.status === "draft" ? <span className="muted small">{t("dpoApproves")}</span> : null}
        {communication.channel !== "public_notice" && communication.status !== "draft" ? (
          <a href={download("letters")}>{t("printableLetters")}</a>
        ) : null}{" "}
        {communication.channel === "public_notice" ? <a href={download("public-notice")}>{t("publicNoticePdf")}</a> : null}
      </div>

      {isDpo && sendingByEmail && !mailServer ? <NoMailServerNotice lettersHref={download("letters")} /> : null}

      {communication.sentAt ? (
        <DeliveryRecord
          channel={communication.channel}
          sentVia={communication.sentVia}
          reached={communication.reached}
          when={when(communication.sentAt)}
        />
      ) : null}

      {recordable && communication.channel !== "email" ? (
        <OfflineDeliveryForm
          incidentId={incidentId}
          communicationId={communicationId}
          channel={communication.channel}
          timeZone={timeZone}
          zoneNote={describeZone(timeZone, new Date(), locale)}
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
              {t("followedUpBy")}{" "}
              {followUps.map((followUp, index) => (
                <span key={followUp.id}>
                  {index > 0 ? ", " : ""}
                  <Link href={`?c=${followUp.id}`}>{words.describe(followUp)}</Link>
                </span>
              ))}
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
        <article aria-label={t("publicNotice")} className="subform" lang={communication.language}>
          <h3>{notice.value.subject}</h3>
          <div className="prose">{notice.value.text}</div>
        </article>
      ) : null}

      {preview ? (
        <article aria-labelledby="preview-heading" className="subform">
          <h3 id="preview-heading">
            {preview.ok && isMessageChannel(communication.channel)
              ? t(`preview.${communication.channel}`, { name: preview.value.name })
              : t("preview.heading")}
          </h3>
          {preview.ok ? (
            <>
              {communication.channel === "email" && preview.value.to ? (
                <p className="muted small">{t("preview.to", { address: preview.value.to })}</p>
              ) : null}
              <p>
                {preview.value.frozen ? (
                  <span className="badge badge-ok">{t("preview.approvedText")}</span>
                ) : (
                  <span className="badge badge-warn">{t("preview.draft")}</span>
                )}
              </p>
              {/* The letter is written in its recipient's language, which may not be the reader's. */}
              <div lang={communication.language}>
                {communication.channel === "letter" && preview.value.postalAddress ? (
                  <address className="prose">{preview.value.postalAddress}</address>
                ) : null}
                <p>
                  <strong>{preview.value.subject}</strong>
                </p>
                <div className="prose">{preview.value.text}</div>
              </div>
            </>
          ) : (
            <p role="alert">
              {preview.error === "invalid"
                ? t("preview.cannotWrite", { fields: preview.fields.map((f) => f.field).join(", ") })
                : t("preview.noSuchPerson")}
            </p>
          )}
        </article>
      ) : null}

      {recipients?.ok ? (
        <div className="subform">
          <h3>{t("peopleHeading", { count: recipients.value.total })}</h3>
          <RecipientsTable
            recipients={recipients.value.recipients}
            channel={communication.channel}
            previewHref={(recipientId) => `${base}&page=${page}&preview=${recipientId}`}
            removeButton={
              editable
                ? (recipient) => (
                    <ActionButton
                      label={t("remove")}
                      busyLabel={t("removing")}
                      accessibleName={t("removeLabel", { name: recipient.name })}
                      fields={{ ...fields, recipientId: recipient.id }}
                      action={removeRecipientAction}
                    />
                  )
                : undefined
            }
          />
          {pages > 1 ? (
            <nav aria-label={t("pagesLabel")} className="small">
              {page > 1 ? <Link href={`${base}&page=${page - 1}`}>{t("previous")}</Link> : null} {t("pageOf", { page, pages })}{" "}
              {page < pages ? <Link href={`${base}&page=${page + 1}`}>{t("next")}</Link> : null}
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

/** What the DPO recorded: when the letters were posted (how, and to how many) or where the notice was published. */
async function DeliveryRecord({
  channel,
  sentVia,
  reached,
  when,
}: {
  channel: string;
  sentVia: string | null;
  reached: { sent: number; notReached: number };
  /** When it was sent, already worded in the incident's zone. */
  when: string;
}) {
  const t = await getTranslations("communications.delivered");
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
        <span className="badge badge-ok">{t("published")}</span>{" "}
        {where ? t.rich("publishedWhere", { when, where: () => where }) : t("publishedWhen", { when })}
      </p>
    );
  }
  const counts = { when, sent: reached.sent, notReached: reached.notReached };
  const sentence =
    reached.notReached > 0
      ? sentVia
        ? t("postedSomeVia", { ...counts, via: sentVia })
        : t("postedSome", counts)
      : sentVia
        ? t("postedAllVia", { ...counts, via: sentVia })
        : t("postedAll", counts);
  return (
    <p>
      <span className="badge badge-ok">{t("posted")}</span> {sentence}
    </p>
  );
}
