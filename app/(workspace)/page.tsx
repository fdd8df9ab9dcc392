import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DashboardLanding } from "@/components/dashboard/dashboard-landing";
import { DeadlineTimeline } from "@/components/dashboard/deadline-timeline";
import { ObligationFilters } from "@/components/dashboard/obligation-filters";
import { ObligationList } from "@/components/dashboard/obligation-list";
import { OutboxNotice } from "@/components/dashboard/outbox-notice";
import { buildTimeline } from "@/lib/domain/calendar/timeline";
import { currentActor } from "@/lib/server/auth/current-actor";
import { dashboardOutbox } from "@/lib/server/deadlines/dashboard-outbox";
import { openObligations } from "@/lib/server/deadlines/open-obligations";
import { queryFromSearchParams } from "@/lib/schemas/open-obligations-query";
import { defaultContext } from "@/lib/server/service-context";

export const dynamic = "force-dynamic";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await currentActor();
  if (!actor) return <DashboardLanding />;
  if (actor.needsTwoFactor) redirect("/account/two-factor");

  const ctx = await defaultContext();
  const t = await getTranslations("dashboard");
  const requested = queryFromSearchParams(await searchParams);
  let result = await openObligations(ctx, actor, requested);
  const filterProblems = !result.ok && result.error === "invalid" ? result.fields : [];
  if (filterProblems.length > 0) result = await openObligations(ctx, actor, {});
  if (!result.ok) throw new Error(`The dashboard could not be loaded: ${result.error}`);
  const view = result.value;
  const outbox = await dashboardOutbox(ctx, actor);

  const now = new Date(view.now);
  // The service hands over only the obligations due on the timeline's days, and counts those before them.
  const timeline = buildTimeline(
    view.week.items.map((item) => ({ ...item, due: new Date(item.due) })),
    now,
    view.week.timeZone,
  );

  return (
    <>
      <h1>{t("heading")}</h1>
      {outbox ? (
        <OutboxNotice
          waiting={outbox.waiting}
          toPeopleAffected={outbox.toPeopleAffected}
          smtpConfigured={outbox.smtpConfigured}
          failing={outbox.failing}
        />
      ) : null}
      <section className="card" aria-labelledby="clocks">
        <h2 id="clocks">{t("clocks")}</h2>
        <p>
          {t(
            view.filters.organization || view.filters.regime || view.filters.status || view.filters.dueWithinHours
              ? "countsFiltered"
              : "counts",
            {
              overdue: view.counts.overdue,
              dueSoon: view.counts["due soon"],
              open: view.counts.open,
            },
          )}{" "}
          <Link href="/calendar">{t("addToCalendar")}</Link>
        </p>
        {filterProblems.length > 0 ? (
          <div role="alert" className="field-error">
            {filterProblems.map((problem) => (
              <p key={problem.field}>{t("filterProblem", { field: problem.field, problem: problem.problem })}</p>
            ))}
          </div>
        ) : null}
        <ObligationFilters filters={filterProblems.length > 0 ? {} : view.filters} organizations={view.organizations} />
      </section>
      <section className="card" aria-labelledby="obligations">
        <h2 id="obligations">{t("obligationsHeading")}</h2>
        <ObligationList items={view.items} now={view.now} />
        {view.more > 0 ? <p>{t("more", { count: view.more })}</p> : null}
      </section>
      <section className="card" aria-labelledby="week">
        <h2 id="week">{t("weekHeading")}</h2>
        <DeadlineTimeline timeline={timeline} earlier={view.week.earlier} />
      </section>
    </>
  );
}
