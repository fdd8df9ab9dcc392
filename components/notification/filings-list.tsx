import { formatForPeople } from "@/lib/domain/deadlines";
import type { FilingDto } from "@/lib/server/filings/filing-dto";
import { filingChannelLabel, filingKindLabel } from "./filing-labels";

/** The filings made, in order, each with what it said being kept exactly as sent. */
export function FilingsList({ filings, timeZone, incidentId }: { filings: FilingDto[]; timeZone: string; incidentId: string }) {
  return (
    <section className="card" aria-labelledby="filings-heading">
      <h2 id="filings-heading">Filings</h2>
      {filings.length === 0 ? (
        <p className="muted">Nothing filed yet.</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="filings">
            <thead>
              <tr>
                <th scope="col">Filed</th>
                <th scope="col">Kind</th>
                <th scope="col">With</th>
                <th scope="col">Reference</th>
                <th scope="col">Late reason</th>
                <th scope="col">Receipt</th>
              </tr>
            </thead>
            <tbody>
              {filings.map((filing) => (
                <tr key={filing.id}>
                  <td>
                    {formatForPeople(new Date(filing.filedAt), timeZone)} by {filing.filedBy.name}
                  </td>
                  <td>{filingKindLabel(filing.kind)}</td>
                  <td>
                    {filing.authority.toUpperCase()} ({filingChannelLabel(filing.channel)})
                  </td>
                  <td>{filing.authorityReference ?? "—"}</td>
                  <td className="prose">{filing.lateReason ?? "—"}</td>
                  <td>
                    {filing.receiptAttachmentId ? (
                      <a href={`/incidents/${incidentId}/attachments/${filing.receiptAttachmentId}`}>Download</a>
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
