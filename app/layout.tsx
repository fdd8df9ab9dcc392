import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { MainNavigation } from "@/components/layout/main-navigation";
import { currentActor } from "@/lib/server/auth/current-actor";
import { endCurrentSessionAction } from "./account/actions";
import "./globals.css";
import "./print.css";

export const metadata: Metadata = {
  title: { default: "Breachdesk", template: "%s · Breachdesk" },
  description: "Personal-data-breach case management: clocks, risk assessment, notifications and the register.",
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor({ allowWithoutTwoFactor: true });
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
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
              <Link href="/signin">Sign in</Link>
            )}
          </div>
        </header>
        <main id="content">{children}</main>
        <footer className="site">Breachdesk · GDPR Art. 33/34 breach case management</footer>
      </body>
    </html>
  );
}
