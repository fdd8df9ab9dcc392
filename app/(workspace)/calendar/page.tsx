import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CalendarSubscription } from "@/components/dashboard/calendar-subscription";
import { requireActor } from "@/lib/server/auth/current-actor";
import { calendarTokenActive } from "@/lib/server/deadlines/calendar-token";
import { defaultContext } from "@/lib/server/service-context";
import { createCalendarTokenAction, revokeCalendarTokenAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard.calendar"))("title") };
}

export default async function CalendarPage() {
  const actor = await requireActor();
  const active = await calendarTokenActive(await defaultContext(), actor);
  const t = await getTranslations("dashboard.calendar");
  return (
    <>
      <h1>{t("title")}</h1>
      <section className="card" aria-labelledby="subscription">
        <h2 id="subscription">{t("subscription")}</h2>
        <p>{t("explanation")}</p>
        <CalendarSubscription active={active} create={createCalendarTokenAction} revoke={revokeCalendarTokenAction} />
      </section>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </>
  );
}
