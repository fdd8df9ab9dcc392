import Link from "next/link";
import type { IncidentDto } from "@/lib/server/incidents/incident-dto";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ClockView } from "@/components/incidents/file/clock-view";
import { stateLabel } from "@/components/incidents/incident-labels";
import { obligationHref, obligationPlace } from "@/components/incidents/file/obligation-places";
import { formatWhen } from "@/components/incidents/local-time";
import { basisWords } from "@/components/assessment/assessment-words";

/** A time filled in by the intake and left as it was: marked, so no one takes "now" for a stated fact. */
function Assumed({ incident, path, confirm }: { incident: IncidentDto; path: string; confirm?: (path: string) => ReactNode }) {
  const t = useTranslations("incidentFile");
  if (!incident.assumedFacts.includes(path)) return null;
  return (
    <>
      {" "}
      <span className="badge badge-warn">{t("facts.assumedMarker")}</span> {confirm?.(path)}
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
  const t = useTranslations("incidentFile");
  const tAssessment = useTranslations("assessment");
  const locale = useLocale();
  const when = (iso: string | null, timeZone: string) => (iso ? formatWhen(new Date(iso), timeZone, locale) : t("summary.notKnown"));
  return (
    <section className="card" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t("summary.heading")}</h2>
      <dl className="facts-list">
        <div className="facts-row">
          <dt>{t("summary.practice")}</dt>
          <dd>{incident.organization.name}</dd>
        </div>
        <div className="facts-row">
          <dt>{t("summary.state")}</dt>
          <dd>
            <span className={`state state-${incident.state}`} data-testid="incident-state">
              {stateLabel(tApp, incident.state)}
            </span>
            {incident.ongoing ? <span className="badge badge-warn">{t("summary.ongoing")}</span> : null}
          </dd>
        </div>
        <div className="facts-row">
          <dt>{t("summary.happened")}</dt>
          <dd>
            {when(incident.occurredAt, incident.timeZone)}
            <Assumed incident={incident} path="occurredAt" confirm={confirm} />
          </dd>
        </div>
        <div className="facts-row">
          <dt>{t("summary.discovered")}</dt>
          <dd>
            {when(incident.discoveredAt, incident.timeZone)}
            <Assumed incident={incident} path="discoveredAt" confirm={confirm} />
          </dd>
        </div>
        <div className="facts-row">
          <dt>{t("summary.becameAware")}</dt>
          <dd>
            {when(incident.awareAt, incident.timeZone)}
            <Assumed incident={incident} path="awareAt" confirm={confirm} />
          </dd>
        </div>
        {incident.awarenessDelayReason ? (
          <div className="facts-row">
            <dt>{t("summary.delayReason")}</dt>
            <dd className="prose">{incident.awarenessDelayReason}</dd>
          </div>
        ) : null}
        {incident.containedAt ? (
          <div className="facts-row">
            <dt>{t("summary.contained")}</dt>
            <dd>{when(incident.containedAt, incident.timeZone)}</dd>
          </div>
        ) : null}
        <div className="facts-row">
          <dt>{t("summary.timeZone")}</dt>
          <dd>{incident.timeZone}</dd>
        </div>
      </dl>
      <h3>{t("summary.clocks")}</h3>
      {clocks.length === 0 ? <p className="muted">{t("summary.noRegime")}</p> : null}
      <ul className="clocks">
        {clocks.map((clock) => (
          <li key={clock.key} className={`clock clock-${clock.status.replace(" ", "-")}`} data-testid="clock">
            <strong>{clock.label}</strong>{" "}
            <span className="muted">
              (
              {clock.internalTarget
                ? t("summary.basisInternal", { basis: basisWords(tAssessment, clock.basis) })
                : basisWords(tAssessment, clock.basis)}
              )
            </span>
            <br />
            <span className="clock-standing">{clock.standing}</span> · {t("summary.due", { when: clock.due })}
            {clock.legalLimit ? <span className="muted"> {t("summary.legalLimit", { when: clock.legalLimit })}</span> : null}
            {clock.provisional ? <span className="muted"> {t("summary.provisional")}</span> : null}
            {clock.status !== "stopped" ? (
              <>
                <br />
                <Link href={obligationHref(incident.id, clock.obligation)} data-testid="clock-link">
                  {t(`places.${obligationPlace(clock.obligation)}`)}
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
