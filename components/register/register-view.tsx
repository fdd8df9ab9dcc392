import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { RISK_LEVELS, type RiskLevel } from "@/lib/domain/risk/types";
import { decisionLine, filingInWords } from "@/lib/domain/register/register-document";
import { consequencesIn, factsSummaryIn, registerWords } from "@/lib/domain/register/register-words";
import { registerPageHref } from "@/lib/domain/register/register-query";
import { INCIDENT_STATES } from "@/lib/schemas/incident-work";
import type { RegisterView as RegisterData } from "@/lib/server/register/query-register";
import { PracticeFilter } from "@/components/forms/practice-filter";
import { stateLabel } from "@/components/incidents/incident-labels";
import { formatWhen } from "@/components/incidents/local-time";
import { isLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/catalogue";

type Params = Record<string, string | string[] | undefined>;
type DeadlineLabel = keyof Messages["documents"]["register"]["deadlineLabels"];
const DEADLINE_LABELS: ReadonlySet<string> = new Set(["notify-controller", "notify-covered-entity", "early-warning", "notify-hhs"]);
const labelOf = (obligation: string): DeadlineLabel => (DEADLINE_LABELS.has(obligation) ? (obligation as DeadlineLabel) : "other");
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

function Select(props: { id: string; name: string; label: string; value: string; options: Array<[string, string]> }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} defaultValue={props.value}>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Links to the register's other pages, keeping the filters; the per-year figures above cover every page. */
function RegisterPages({ view }: { view: RegisterData }) {
  const t = useTranslations("register.pages");
  if (!view.paging) return null;
  const { page, pageSize, total } = view.paging;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  return (
    <nav aria-label={t("label")} className="pagination">
      {page > 1 ? <Link href={registerPageHref(view.filters, page - 1)}>{t("previous")}</Link> : null}
      <span>{t("position", { page, pages, total })}</span>
      {page < pages ? <Link href={registerPageHref(view.filters, page + 1)}>{t("next")}</Link> : null}
    </nav>
  );
}

/** The register: GET filters, export links, per-year figures, then every incident's facts, effects and remedial action. */
export function RegisterView(props: {
  params: Params;
  organizations: Array<{ slug: string; name: string }>;
  view: RegisterData | null;
  problem: string | null;
  exportQuery: string;
}) {
  const { params, view } = props;
  const tApp = useTranslations();
  const t = useTranslations("register");
  const locale = useLocale();
  const reader = isLocale(locale) ? locale : "en";
  // The facts and consequences in the reader's words (English rows carry them already, as the CSV writes them).
  const words = reader === "en" ? null : registerWords(reader);
  // Whose deadline it is, in the register document's words for the reader (English rows carry their label).
  const deadlineLabel = (deadline: { obligation: string; label: string }) =>
    reader === "en" ? deadline.label : tApp(`documents.register.deadlineLabels.${labelOf(deadline.obligation)}`);
  const when = (iso: string | null, timeZone: string) => (iso ? formatWhen(new Date(iso), timeZone, locale) : t("entry.notKnown"));
  const riskIn = (level: string | null) =>
    level === null
      ? t("entry.notAssessed")
      : (RISK_LEVELS as readonly string[]).includes(level)
        ? tApp(`assessment.risk.${level as RiskLevel}`)
        : level;
  const thisYear = new Date().getUTCFullYear();
  const years = Array.from({ length: 8 }, (_, index) => String(thisYear - index));
  return (
    <>
      <form method="get" action="/register" className="card filters" role="search" aria-label={t("filters.label")}>
        {props.organizations.length > 1 ? (
          <div className="field">
            <PracticeFilter
              id="register-organization"
              label={t("filters.practice")}
              allLabel={t("filters.allPractices")}
              organizations={props.organizations}
              value={one(params.organization)}
            />
          </div>
        ) : null}
        <Select
          id="register-state"
          name="state"
          label={t("filters.state")}
          value={one(params.state)}
          options={[["", t("filters.anyState")], ...INCIDENT_STATES.map((s): [string, string] => [s, stateLabel(tApp, s)])]}
        />
        <Select
          id="register-year"
          name="year"
          label={t("filters.year")}
          value={one(params.year)}
          options={[["", t("filters.anyYear")], ...years.map((y): [string, string] => [y, y])]}
        />
        <Select
          id="register-notified"
          name="notified"
          label={t("filters.notified")}
          value={one(params.notified)}
          options={[
            ["", t("filters.notifiedAny")],
            ["yes", t("filters.notifiedYes")],
            ["no", t("filters.notifiedNo")],
          ]}
        />
        <Select
          id="register-timeliness"
          name="timeliness"
          label={t("filters.timeliness")}
          value={one(params.timeliness)}
          options={[
            ["", t("filters.timelinessAny")],
            ["on_time", t("filters.onTime")],
            ["late", t("filters.late")],
          ]}
        />
        <p className="filter-actions">
          <button type="submit">{t("filters.show")}</button> <Link href="/register">{t("filters.clear")}</Link>
        </p>
      </form>
      <p className="export-links">
        {t("export.intro")} <a href={`/register/export.csv${props.exportQuery}`}>{t("export.csv")}</a> ·{" "}
        <a href={`/register/export.pdf${props.exportQuery}`}>{t("export.pdf")}</a>
      </p>
      {props.problem ? (
        <p className="card field-error" role="alert">
          {props.problem}
        </p>
      ) : null}
      {view ? (
        <>
          <section className="card" aria-labelledby="statistics-heading">
            <h2 id="statistics-heading">{t("statistics.heading")}</h2>
            {view.statistics.length === 0 ? (
              <p className="muted">{t("statistics.noneMatch")}</p>
            ) : (
              <div className="table-wrap">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("statistics.year")}</th>
                      <th scope="col">{t("statistics.incidents")}</th>
                      <th scope="col">{t("statistics.notified")}</th>
                      <th scope="col">{t("statistics.onTime")}</th>
                      <th scope="col">{t("statistics.late")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.statistics.map((year) => (
                      <tr key={year.year}>
                        <th scope="row">{year.year}</th>
                        <td>{year.incidents}</td>
                        <td>{year.notified}</td>
                        <td>{year.onTime}</td>
                        <td>{year.late}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          {view.rows.map((row) => (
            <article key={row.incidentId} className="card register-entry" aria-labelledby={`entry-${row.incidentId}`}>
              <h2 id={`entry-${row.incidentId}`}>
                <Link href={`/incidents/${row.incidentId}`}>
                  {row.reference} · {row.title}
                </Link>
              </h2>
              <p>
                <span className={`state state-${row.state}`}>{stateLabel(tApp, row.state)}</span>{" "}
                <span className={`badge ${row.filing === "late" ? "badge-danger" : row.notified ? "badge-ok" : ""}`}>
                  {filingInWords(row, reader)}
                </span>{" "}
                · {row.organization.name}
              </p>
              <dl className="facts-list">
                <div className="facts-row">
                  <dt>{t("entry.becameAware")}</dt>
                  <dd>{when(row.awareAt, row.timeZone)}</dd>
                </div>
                <div className="facts-row">
                  <dt>{t("entry.facts")}</dt>
                  <dd>{words ? factsSummaryIn(words, row.facts) : row.facts.summary}</dd>
                </div>
                <div className="facts-row">
                  <dt>{t("entry.effects")}</dt>
                  <dd>
                    {t("entry.risk", { level: riskIn(row.effects.riskLevel) })}{" "}
                    {(words
                      ? consequencesIn(words, row.effects.consequences.own, row.effects.consequences.codes)
                      : row.effects.likelyConsequences
                    ).join(" ")}
                  </dd>
                </div>
                <div className="facts-row">
                  <dt>{t("entry.decision")}</dt>
                  <dd>
                    {row.processorDuty ? (
                      <>
                        {t("entry.processorDuty", { duty: words ? tApp("documents.register.processorDuty") : row.processorDuty })}
                        <br />
                      </>
                    ) : null}
                    {t("entry.authority", {
                      line: decisionLine(row.decision.forAuthority, row.decision.authority, row.decision.rationale, reader),
                    })}
                    <br />
                    {t("entry.people", { line: decisionLine(row.decision.forPeople, null, null, reader) })}
                  </dd>
                </div>
                <div className="facts-row">
                  <dt>{t("entry.remedialAction")}</dt>
                  <dd>
                    {row.remedialAction.containment ?? t("entry.containmentNotRecorded")}
                    {row.remedialAction.ongoing
                      ? ` ${t("entry.stillGoingOn")}`
                      : row.remedialAction.containedAt
                        ? ` ${t("entry.contained", { when: when(row.remedialAction.containedAt, row.timeZone) })}`
                        : ""}
                    {row.remedialAction.tasksDone.length ? ` ${t("entry.done", { tasks: row.remedialAction.tasksDone.join("; ") })}` : ""}
                  </dd>
                </div>
                <div className="facts-row">
                  <dt>{row.deadline ? deadlineLabel(row.deadline) : t("entry.notifyBy")}</dt>
                  <dd>
                    {when(row.deadline?.due ?? row.notifyAuthorityBy, row.timeZone)}
                    {row.deadline && row.deadline.legalLimit !== row.deadline.due
                      ? ` ${t("entry.legalLimit", { when: when(row.deadline.legalLimit, row.timeZone) })}`
                      : ""}
                    {row.firstFiledAt ? ` · ${t("entry.filed", { when: when(row.firstFiledAt, row.timeZone) })}` : ""}
                    {row.lateReason ? ` · ${t("entry.lateReason", { reason: row.lateReason })}` : ""}
                  </dd>
                </div>
              </dl>
            </article>
          ))}
          <RegisterPages view={view} />
        </>
      ) : null}
    </>
  );
}
