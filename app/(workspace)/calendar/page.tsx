import Link from "next/link";
import { CalendarSubscription } from "@/components/dashboard/calendar-subscription";
import { requireActor } from "@/lib/server/auth/current-actor";
import { calendarTokenActive } from "@/lib/server/deadlines/calendar-token";
import { defaultContext } from "@/lib/server/service-context";
import { createCalendarTokenAction, revokeCalendarTokenAction } from "./actions";

export const metadata = { title: "Deadlines in your calendar" };

export default async function CalendarPage() {
  const actor = await requireActor();
  const active = await calendarTokenActive(await defaultContext(), actor);
  return (
    <>
      <h1>Deadlines in your calendar</h1>
      <section className="card" aria-labelledby="subscription">
        <h2 id="subscription">Subscription link</h2>
        <p>
          A private link your calendar program can subscribe to: every open deadline of your practices, in UTC (your calendar shows them in
          your own zone), with alarms at the reminder points. Anyone holding the link sees those deadlines, so keep it to yourself; revoke
          it if it may have leaked.
        </p>
        <CalendarSubscription active={active} create={createCalendarTokenAction} revoke={revokeCalendarTokenAction} />
      </section>
      <p>
        <Link href="/">Back to the dashboard</Link>
      </p>
    </>
  );
}
