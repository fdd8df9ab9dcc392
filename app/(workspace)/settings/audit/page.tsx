import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatForPeople } from "@/lib/domain/deadlines";
import { refusedFieldsInWords } from "@/lib/i18n/refused-fields";
import { requireActor } from "@/lib/server/auth/current-actor";
import { listAuditEntries } from "@/lib/server/audit/list-audit-entries";
import { defaultContext } from "@/lib/server/service-context";

export async function generateMetadata() {
  const t = await getTranslations("settings.audit");
  return { title: t("title") };
}

/** Examples of the action codes, which are the same in every language (the CLI and the API read them too). */
const ACTION_EXAMPLES = ["incident.", "signin.", "packet."].join(", ");

type Search = { action?: string; actor?: string; incident?: string; from?: string; to?: string; cursor?: string };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const search = await searchParams;
  const filter = {
    actionPrefix: search.action || undefined,
    actorEmail: search.actor || undefined,
    incidentId: search.incident || undefined,
    from: search.from || undefined,
    to: search.to || undefined,
    cursor: search.cursor || undefined,
  };
  const page = await listAuditEntries(await defaultContext(), actor, filter);
  const zone = "UTC";
  const t = await getTranslations("settings.audit");
  const locale = await getLocale();
  const format = await getFormatter();
  // A refused filter is named by its field's label on this page, in the reader's language.
  const labelOf = {
    actionPrefix: t("action"),
    actorEmail: t("person"),
    incidentId: t("incident"),
    from: t("from"),
    to: t("to"),
  };
  // English keeps the product's own form ("31 Mar 2026, 00:30 UTC"); the others their language's, zone named.
  const when = (at: Date) =>
    locale === "en" ? formatForPeople(at, zone) : `${format.dateTime(at, { dateStyle: "medium", timeStyle: "short", timeZone: zone })} UTC`;
  const next = page.ok && page.value.nextCursor ? new URLSearchParams({ ...stripEmpty(search), cursor: page.value.nextCursor }) : null;

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <form method="get" className="card filters" aria-label={t("filter")}>
        <label htmlFor="f-action">{t("action")}</label>
        <input id="f-action" name="action" defaultValue={search.action} placeholder={ACTION_EXAMPLES} />
        <label htmlFor="f-actor">{t("person")}</label>
        <input id="f-actor" name="actor" type="email" defaultValue={search.actor} />
        <label htmlFor="f-incident">{t("incident")}</label>
        <input id="f-incident" name="incident" defaultValue={search.incident} />
        <label htmlFor="f-from">{t("from")}</label>
        <input id="f-from" name="from" type="datetime-local" defaultValue={search.from} />
        <label htmlFor="f-to">{t("to")}</label>
        <input id="f-to" name="to" type="datetime-local" defaultValue={search.to} />
        <p>
          <button type="submit">{t("submit")}</button>
        </p>
      </form>
      {!page.ok ? (
        <p className="card field-error" role="alert">
          {page.error === "invalid" ? refusedFieldsInWords(actor.locale, page.fields, labelOf) : t("forbidden")}
        </p>
      ) : (
        <div className="table-scroll card">
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("what")}</th>
                <th scope="col">{t("details")}</th>
              </tr>
            </thead>
            <tbody>
              {page.value.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{entry.seq}</td>
                  <td>{when(entry.at)}</td>
                  <td>
                    {entry.actorLabel}
                    {entry.ip ? <span className="muted"> {t("fromIp", { ip: entry.ip })}</span> : null}
                  </td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>
                    <code className="detail">{JSON.stringify(entry.detail)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {next ? <Link href={`/settings/audit?${next.toString()}`}>{t("older")}</Link> : null}
        </div>
      )}
    </>
  );
}

function stripEmpty(search: Search): Record<string, string> {
  return Object.fromEntries(Object.entries(search).filter(([key, value]) => value && key !== "cursor")) as Record<string, string>;
}
