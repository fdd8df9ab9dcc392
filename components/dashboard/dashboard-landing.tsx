import Link from "next/link";
import { useTranslations } from "next-intl";

/** What a visitor who is not signed in sees at /. */
export function DashboardLanding() {
  const t = useTranslations("dashboard");
  return (
    <>
      <h1>{t("heading")}</h1>
      <div className="grid">
        <section className="card" aria-labelledby="clocks">
          <h2 id="clocks">{t("clocks")}</h2>
          <p>{t("landing.intro")}</p>
          <p className="muted">{t("landing.signInToSee")}</p>
        </section>
        <section className="card" aria-labelledby="report">
          <h2 id="report">{t("landing.reportHeading")}</h2>
          <p>{t("landing.reportText")}</p>
          <Link className="button" href="/signin">
            {t("landing.signInToReport")}
          </Link>
        </section>
      </div>
    </>
  );
}
