import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { InterfaceLanguage } from "@/components/i18n/interface-language";
import { MainNavigation } from "@/components/layout/main-navigation";
import { currentActor } from "@/lib/server/auth/current-actor";
import { endCurrentSessionAction } from "./account/actions";
import "./globals.css";
import "./print.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: "Breachdesk", template: "%s · Breachdesk" },
    description: t("productDescription"),
    robots: { index: false, follow: false },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor({ allowWithoutTwoFactor: true });
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <html lang={locale}>
      <body>
        <InterfaceLanguage locale={locale}>
          <a className="skip-link" href="#content">
            {t("skipToContent")}
          </a>
          <header className="topbar">
            <Link className="product" href="/">
              Breachdesk
            </Link>
            {/* The workspace menu leads only to signed-in pages: signed-out people (sign-in, set-up, invitation) get none. */}
            {actor ? <MainNavigation /> : null}
            <div className="account">
              {actor ? (
                <>
                  <Link href="/account">{actor.name}</Link> <SignOutButton endSession={endCurrentSessionAction} />
                </>
              ) : (
                <Link href="/signin">{t("signIn")}</Link>
              )}
            </div>
          </header>
          {/* Focusable by script only, so the skip link moves focus itself and the next Tab starts inside. */}
          <main id="content" tabIndex={-1}>
            {children}
          </main>
          <footer className="site">{t("footer")}</footer>
        </InterfaceLanguage>
      </body>
    </html>
  );
}
