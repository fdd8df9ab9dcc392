import Link from "next/link";
import { formatForPeople } from "@/lib/domain/deadlines";
import type { IncidentDto } from "@/lib/server/incidents/incident-dto";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ClockView } from "@/components/incidents/file/clock-view";
import { ASSUMED_MARKER } from "@/components/incidents/file/facts-view";
import { stateLabel } from "@/components/incidents/incident-labels";
import { obligationHref, obligationLinkWords } from "@/components/incidents/file/obligation-places";

const when = (iso: string | null, timeZone: string) => (iso ? formatForPeople(new Date(iso), timeZone) : "Not known");

/** A time filled in by the intake and left as it was: marked, so no one takes "now" for a stated fact. */
function Assumed({ incident, path, confirm }: { incident: IncidentDto; path: string; confirm?: (path: string) => ReactNode }) {
  if (!incident.assumedFacts.includes(path)) return null;
  return (
    <>
      {" "}
      <span className="badge badge-warn">{ASSUMED_MARKER}</span> {confirm?.(path)}
    </>
  );
}

/** The head of the incident file: what, where, when, its state and its clocks. */
export function IncidentSummary({
  incident,
  clocks,
  confirm,
}: {
  incident: IncidentDto;
  clocks: ClockView[];
  confirm?: (path: string) => ReactNode;
}) {
  const tApp = useTranslations();
  return (
    <section className="card" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      <dl className="facts-list">
        <div className="facts-row">
          <dt>Practice</dt>
          <dd>{incident.organization.name}</dd>
        </div>
        <div className="facts-row">
          <dt>State</dt>
          <dd>
            <span className={`state state-${incident.state}`} data-testid="incident-state">
              {stateLabel(tApp, incident.state)}
            </span>
            {incident.ongoing ? <span className="badge badge-warn">still going on</span> : null}
          </dd>
        </div>
        <div className="facts-row">
          <dt>Happened</dt>
          <dd>
            {when(incident.occurredAt, incident.timeZone)}
            <Assumed incident={incident} path="occurredAt" confirm={confirm} />
          </dd>
        </div>
        <div className="facts-row">
          <dt>Discovered</dt>
          <dd>
            {when(incident.discoveredAt, incident.timeZone)}
            <Assumed incident={incident} path="discoveredAt" confirm={confirm} />
          </dd>
        </div>
        <div className="facts-row">
          <dt>Became aware</dt>
          <dd>
            {when(incident.awareAt, incident.timeZone)}
            <Assumed incident={incident} path="awareAt" confirm={confirm} />
          </dd>
        </div>
        {incident.awarenessDelayReason ? (
          <div className="facts-row">
            <dt>Why awareness came later</dt>
            <dd className="prose">{incident.awarenessDelayReason}</dd>
          </div>
        ) : null}
        {incident.containedAt ? (
          <div className="facts-row">
            <dt>Contained</dt>
            <dd>{when(incident.containedAt, incident.timeZone)}</dd>
          </div>
        ) : null}
        <div className="facts-row">
          <dt>Time zone</dt>
          <dd>{incident.timeZone}</dd>
        </div>
      </dl>
      <h3>Clocks</h3>
      {clocks.length === 0 ? <p className="muted">No notification regime applies to this incident.</p> : null}
      <ul className="clocks">
        {clocks.map((clock) => (
          <li key={clock.key} className={`clock clock-${clock.status.replace(" ", "-")}`} data-testid="clock">
            <strong>{clock.label}</strong>{" "}
            <span className="muted">
              ({clock.basis}
              {clock.internalTarget ? ", internal target" : ""})
            </span>
            <br />
            <span className="clock-standing">{clock.standing}</span> · due {clock.due}
            {clock.legalLimit ? <span className="muted"> (legal outer limit under Reg. 1182/71: {clock.legalLimit})</span> : null}
            {clock.provisional ? <span className="muted"> (provisional: counted from a filing not yet recorded)</span> : null}
            {clock.status !== "stopped" ? (
              <>
                <br />
                <Link href={obligationHref(incident.id, clock.obligation)} data-testid="clock-link">
                  {obligationLinkWords(clock.obligation)}
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="file-links">
        <Link href={`/incidents/${incident.id}/assessment`}>{tApp("incident.fileLinks.assessment")}</Link> ·{" "}
        <Link href={`/incidents/${incident.id}/notification`}>{tApp("incident.fileLinks.notification")}</Link> ·{" "}
        <Link href={`/incidents/${incident.id}/communications`}>{tApp("incident.fileLinks.communications")}</Link>
      </p>
    </section>
  );
}
