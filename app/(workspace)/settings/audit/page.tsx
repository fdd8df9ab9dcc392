import Link from "next/link";
import { formatForPeople } from "@/lib/domain/deadlines";
import { requireActor } from "@/lib/server/auth/current-actor";
import { listAuditEntries } from "@/lib/server/audit/list-audit-entries";
import { defaultContext } from "@/lib/server/service-context";

export const metadata = { title: "Audit trail" };

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
  const next = page.ok && page.value.nextCursor ? new URLSearchParams({ ...stripEmpty(search), cursor: page.value.nextCursor }) : null;

  return (
    <>
      <h1>Audit trail</h1>
      <p className="muted">Every sign-in, read, change, export and send, with who, when and from where. Times in UTC.</p>
      <form method="get" className="card filters" aria-label="Filter the audit trail">
        <label htmlFor="f-action">Action starts with</label>
        <input id="f-action" name="action" defaultValue={search.action} placeholder="incident., signin., packet." />
        <label htmlFor="f-actor">Person (e-mail)</label>
        <input id="f-actor" name="actor" type="email" defaultValue={search.actor} />
        <label htmlFor="f-incident">Incident id</label>
        <input id="f-incident" name="incident" defaultValue={search.incident} />
        <label htmlFor="f-from">From (UTC)</label>
        <input id="f-from" name="from" type="datetime-local" defaultValue={search.from} />
        <label htmlFor="f-to">To (UTC)</label>
        <input id="f-to" name="to" type="datetime-local" defaultValue={search.to} />
        <p>
          <button type="submit">Filter</button>
        </p>
      </form>
      {!page.ok ? (
        <p className="card field-error" role="alert">
          {page.error === "invalid"
            ? page.fields.map((f) => `${f.field}: ${f.problem}`).join("; ")
            : "Only administrators and DPOs can read the audit trail."}
        </p>
      ) : (
        <div className="table-scroll card">
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {page.value.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{entry.seq}</td>
                  <td>{formatForPeople(entry.at, zone)}</td>
                  <td>
                    {entry.actorLabel}
                    {entry.ip ? <span className="muted"> from {entry.ip}</span> : null}
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
          {next ? <Link href={`/settings/audit?${next.toString()}`}>Older entries</Link> : null}
        </div>
      )}
    </>
  );
}

function stripEmpty(search: Search): Record<string, string> {
  return Object.fromEntries(Object.entries(search).filter(([key, value]) => value && key !== "cursor")) as Record<string, string>;
}
