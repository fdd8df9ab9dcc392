import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { JoinOrganizationForm } from "@/components/auth/join-organization-form";
import { ROLES, type Role } from "@/lib/domain/accounts/roles";
import { describeInvitation } from "@/lib/server/accounts/accept-invitation";
import { newTwoFactorSetup } from "@/lib/server/accounts/two-factor-setup";
import { currentActor } from "@/lib/server/auth/current-actor";
import { defaultContext } from "@/lib/server/service-context";
import { acceptInvitationAction, joinOrganizationAction } from "./actions";

function isRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

export async function generateMetadata() {
  const t = await getTranslations("invite");
  return { title: t("title") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invite");
  const roles = await getTranslations("settings.roles");
  const invitation = await describeInvitation(await defaultContext(), token);
  if (!invitation) {
    return (
      <>
        <h1>{t("expiredHeading")}</h1>
        <p className="card">{t("expired")}</p>
      </>
    );
  }
  const practice = invitation.organizationName ?? "Breachdesk";
  const role = isRole(invitation.role) ? roles(invitation.role) : invitation.role;
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  if (invitation.hasPassword) {
    // An existing account: the person joins by pressing the button themselves, signed in.
    const actor = await currentActor({ allowWithoutTwoFactor: true });
    return (
      <>
        <h1>{t("join", { practice })}</h1>
        <p>
          {invitation.organizationName
            ? t.rich("invites", { practice: invitation.organizationName, email: invitation.email, role, strong })
            : t.rich("invitesUnnamed", { email: invitation.email, role, strong })}
        </p>
        {!actor ? (
          <p className="card">
            {t.rich("haveAccount", {
              email: invitation.email,
              link: (chunks) => <Link href={`/signin?next=${encodeURIComponent(`/invite/${token}`)}`}>{chunks}</Link>,
            })}
          </p>
        ) : actor.email !== invitation.email ? (
          <p className="card">{t("otherAccount", { current: actor.email, email: invitation.email })}</p>
        ) : invitation.needsTwoFactor ? (
          <p className="card">{t.rich("needsTwoFactor", { link: (chunks) => <Link href="/account/two-factor">{chunks}</Link> })}</p>
        ) : (
          <JoinOrganizationForm action={joinOrganizationAction} token={token} organizationName={practice} />
        )}
      </>
    );
  }
  const twoFactor = invitation.needsTwoFactor ? await newTwoFactorSetup(invitation.email) : null;
  return (
    <>
      <h1>{t("join", { practice })}</h1>
      <p>
        {t.rich("invitedAs", { role, strong })}
        {twoFactor ? ` ${t("twoFactorWhy")}` : ""}
      </p>
      <AcceptInvitationForm
        action={acceptInvitationAction}
        token={token}
        email={invitation.email}
        suggestedName={invitation.suggestedName}
        twoFactor={twoFactor && { secret: twoFactor.secret, sealedSecret: twoFactor.sealedSecret, qrSvg: twoFactor.qrSvg }}
      />
    </>
  );
}
