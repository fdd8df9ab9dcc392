import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LanguageForm } from "@/components/settings/language-form";
import { chosenLanguage } from "@/lib/server/accounts/choose-language";
import { requireActor } from "@/lib/server/auth/current-actor";
import { defaultContext } from "@/lib/server/service-context";
import { chooseLanguageAction, signOutEverywhereAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const actor = await requireActor();
  const t = await getTranslations("account");
  const chosen = await chosenLanguage(await defaultContext(), actor);
  return (
    <>
      <h1>{t("title")}</h1>
      <section className="card">
        <p>
          {actor.name} ({actor.email})
        </p>
        <p>
          <Link href="/account/two-factor">{t("twoFactorLink")}</Link>
        </p>
      </section>
      <section className="card" aria-labelledby="language">
        <h2 id="language">{t("language.heading")}</h2>
        <LanguageForm action={chooseLanguageAction} chosen={chosen} />
      </section>
      <section className="card" aria-labelledby="sessions">
        <h2 id="sessions">{t("sessions.heading")}</h2>
        <p>{t("sessions.text")}</p>
        <SignOutButton endSession={signOutEverywhereAction} label={t("sessions.signOutEverywhere")} />
      </section>
    </>
  );
}
