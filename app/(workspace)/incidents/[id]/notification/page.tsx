import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { basisWords } from "@/components/assessment/assessment-words";
import { describeZone } from "@/components/incidents/local-time";
import { DraftView } from "@/components/notification/draft-view";
import { FilingForm } from "@/components/notification/filing-form";
import { FilingsList } from "@/components/notification/filings-list";
import { NotificationDetailsForm } from "@/components/notification/notification-details-form";
import { PacketExport } from "@/components/notification/packet-export";
import { peopleTime } from "@/components/notification/people-time";
import { filingDeadlineLabel } from "@/lib/domain/deadlines";
import { hasRole } from "@/lib/server/access";
import { requireActor } from "@/lib/server/auth/current-actor";
import { followUpDraft, listFilings } from "@/lib/server/filings/list-filings";
import { may } from "@/lib/server/incidents/permissions";
import { getNotificationDetails } from "@/lib/server/notification/get-notification-details";
import { getNotificationDraft } from "@/lib/server/notification/get-notification-draft";
import { PACKET_ROLES } from "@/lib/server/packet/packet-access";
import { defaultContext } from "@/lib/server/service-context";
import { packetStatusAction, recordFilingAction, saveNotificationDetailsAction, startPacketExportAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("notification");
  return { title: t("title") };
}

/** The deadline's words by whose duty it is: the draft names it with filingDeadlineLabel (English, for the API). */
const DEADLINE_KEYS = new Map(
  (
    [
      ["notify-controller", "controller"],
      ["notify-covered-entity", "coveredEntity"],
      ["early-warning", "earlyWarning"],
      ["notify-hhs", "hhs"],
    ] as const
  ).map(([obligation, key]) => [filingDeadlineLabel({ obligation }), key] as const),
);

const deadlineLabelKey = (label: string | undefined) => (label ? DEADLINE_KEYS.get(label) : undefined) ?? "authority";

export default async function NotificationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ authority?: string }>;
}) {
  const actor = await requireActor();
  const t = await getTranslations("notification");
  const tAssessment = await getTranslations("assessment");
  const locale = await getLocale();
  const ctx = await defaultContext();
  const { id } = await params;
  const { authority } = await searchParams;
  const drafted = await getNotificationDraft(ctx, actor, { incidentId: id, ...(authority ? { authority } : {}) });
  if (!drafted.ok) notFound();
  const draft = drafted.value;
  const [filings, followUp] = await Promise.all([
    listFilings(ctx, actor, { incidentId: id }),
    followUpDraft(ctx, actor, { incidentId: id, ...(authority ? { authority } : {}) }),
  ]);
  const filed = filings.ok ? filings.value : [];
  const { organizationId } = draft.incident;
  const isDpo = hasRole(actor, organizationId, "dpo");
  // Whoever may change the incident's facts answers these too; a closed incident is reopened first.
  const details =
    may(actor, organizationId, "edit") && draft.incident.state !== "closed"
      ? await getNotificationDetails(ctx, actor, { incidentId: id })
      : null;
  const missingRequired = draft.templateAnswers.missing.filter((item) => item.required).map((item) => item.questionId);
  const mayExport = hasRole(actor, organizationId, ...PACKET_ROLES);
  const query = `authority=${encodeURIComponent(draft.authority.id)}`;
  const deadlineText = draft.notifyAuthorityBy ? peopleTime(locale, new Date(draft.notifyAuthorityBy), draft.incident.timeZone) : null;

  return (
    <>
      <p className="breadcrumbs">
        {/* References are numbered per practice: the practice is named beside it. */}
        <Link href={`/incidents/${draft.incident.id}`}>{draft.incident.reference}</Link>
        {draft.content.controller.name ? <span className="muted"> ({draft.content.controller.name})</span> : null} / {t("breadcrumb")}
      </p>
      <div className="page-head">
        <h1>{t("heading", { title: draft.incident.title })}</h1>
      </div>
      <section className="card" aria-labelledby="authority-heading">
        <h2 id="authority-heading">{draft.authority.name}</h2>
        {deadlineText ? (
          <p>
            {t.rich(`deadlines.${deadlineLabelKey(draft.deadline?.label)}`, {
              when: deadlineText,
              basis: basisWords(tAssessment, draft.deadline?.basis ?? "GDPR Art. 33(1)"),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
            {draft.lateIfFiledNow && filed.length === 0 ? <span className="badge badge-danger">{t("lateBadge")}</span> : null}
          </p>
        ) : null}
        <nav aria-label={t("otherAuthorities")}>
          <span className="muted small">{t("otherForms")} </span>
          {draft.authorities
            .filter((other) => other.id !== draft.authority.id)
            .map((other) => (
              <Link
                key={other.id}
                className="small inline-form"
                href={`/incidents/${draft.incident.id}/notification?authority=${other.id}`}
              >
                {other.name}
              </Link>
            ))}
        </nav>
        <p>
          <a className="button secondary inline-form" href={`/incidents/${draft.incident.id}/notification/download?format=pdf&${query}`}>
            {t("downloadPdf")}
          </a>
          <a className="button secondary inline-form" href={`/incidents/${draft.incident.id}/notification/download?format=json&${query}`}>
            {t("downloadJson")}
          </a>
          <a
            className="button secondary inline-form"
            href={`/incidents/${draft.incident.id}/notification/download?document=register-entry`}
          >
            {t("registerEntry")}
          </a>
        </p>
      </section>
      <DraftView draft={draft} />
      {details?.ok ? (
        <NotificationDetailsForm
          incidentId={draft.incident.id}
          version={details.value.version}
          details={details.value.details}
          missingRequired={missingRequired}
          save={saveNotificationDetailsAction}
        />
      ) : null}
      {followUp.ok && followUp.value.lastFiling ? (
        <section className="card" aria-labelledby="followup-heading">
          <h2 id="followup-heading">{t("followUp.heading")}</h2>
          {followUp.value.changes.length === 0 ? (
            <p className="muted">{t("followUp.nothing")}</p>
          ) : (
            <ul>
              {followUp.value.changes.map((change) => (
                <li key={change.path}>
                  <code>{change.path}</code>: {String(change.before ?? t("followUp.notKnown"))} →{" "}
                  <strong>{String(change.after ?? t("followUp.notKnown"))}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <FilingsList filings={filed} timeZone={draft.incident.timeZone} incidentId={draft.incident.id} />
      {isDpo ? (
        <FilingForm
          incidentId={draft.incident.id}
          timeZone={draft.incident.timeZone}
          zoneNote={describeZone(draft.incident.timeZone, new Date(), locale)}
          authority={draft.authority.id}
          first={filed.length === 0}
          deadlineText={deadlineText}
          deadlineIso={draft.notifyAuthorityBy}
          action={recordFilingAction}
        />
      ) : null}
      {mayExport ? <PacketExport incidentId={draft.incident.id} start={startPacketExportAction} status={packetStatusAction} /> : null}
    </>
  );
}
