import { getLocale, getTranslations } from "next-intl/server";
import type { FilingDto } from "@/lib/server/filings/filing-dto";
import { filingChannelLabel, filingKindLabel } from "./filing-labels";
import { peopleTime } from "./people-time";

/** The filings made, in order, each with what it said being kept exactly as sent. */
export async function FilingsList({ filings, timeZone, incidentId }: { filings: FilingDto[]; timeZone: string; incidentId: string }) {
  const t = await getTranslations("notification");
  const locale = await getLocale();
  return (
    <section className="card" aria-labelledby="filings-heading">
      <h2 id="filings-heading">{t("filings.heading")}</h2>
      {filings.length === 0 ? (
        <p className="muted">{t("filings.none")}</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="filings">
            <thead>
              <tr>
                <th scope="col">{t("filings.filed")}</th>
                <th scope="col">{t("filings.kind")}</th>
                <th scope="col">{t("filings.with")}</th>
                <th scope="col">{t("filings.reference")}</th>
                <th scope="col">{t("filings.lateReason")}</th>
                <th scope="col">{t("filings.receipt")}</th>
              </tr>
            </thead>
            <tbody>
              {filings.map((filing) => (
                <tr key={filing.id}>
                  <td>
                    {t("filings.filedBy", { date: peopleTime(locale, new Date(filing.filedAt), timeZone), name: filing.filedBy.name })}
                  </td>
                  <td>{filingKindLabel(t, filing.kind)}</td>
                  <td>
                    {filing.authority.toUpperCase()} ({filingChannelLabel(t, filing.channel)})
                  </td>
                  <td>{filing.authorityReference ?? "—"}</td>
                  <td className="prose">{filing.lateReason ?? "—"}</td>
                  <td>
                    {filing.receiptAttachmentId ? (
                      <a href={`/incidents/${incidentId}/attachments/${filing.receiptAttachmentId}`}>{t("filings.download")}</a>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
