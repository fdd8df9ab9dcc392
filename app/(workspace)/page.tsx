import Link from "next/link";
import { redirect } from "next/navigation";
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
      <h1>Dashboard</h1>
      {outbox ? (
        <OutboxNotice
          waiting={outbox.waiting}
          toPeopleAffected={outbox.toPeopleAffected}
          smtpConfigured={outbox.smtpConfigured}
          failing={outbox.failing}
        />
      ) : null}
      <section className="card" aria-labelledby="clocks">
        <h2 id="clocks">Clocks</h2>
        <p>
          {view.counts.overdue} overdue, {view.counts["due soon"]} due within 24 hours, {view.counts.open} open
          {view.filters.organization || view.filters.regime || view.filters.status || view.filters.dueWithinHours
            ? " (filtered)"
            : ""}. <Link href="/calendar">Add these deadlines to your calendar</Link>
        </p>
        {filterProblems.length > 0 ? (
          <div role="alert" className="field-error">
            {filterProblems.map((problem) => (
              <p key={problem.field}>
                Filter {problem.field}: {problem.problem}. Showing everything instead.
              </p>
            ))}
          </div>
        ) : null}
        <ObligationFilters filters={filterProblems.length > 0 ? {} : view.filters} organizations={view.organizations} />
      </section>
      <section className="card" aria-labelledby="obligations">
        <h2 id="obligations">Open obligations, nearest first</h2>
        <ObligationList items={view.items} now={view.now} />
        {view.more > 0 ? (
          <p>And {view.more} more further off, not listed here: choose a practice, a regime or a status above to see them.</p>
        ) : null}
      </section>
      <section className="card" aria-labelledby="week">
        <h2 id="week">The coming seven days</h2>
        <DeadlineTimeline timeline={timeline} earlier={view.week.earlier} />
      </section>
    </>
  );
}
