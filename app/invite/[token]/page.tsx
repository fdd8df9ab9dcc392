import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { JoinOrganizationForm } from "@/components/auth/join-organization-form";
import { describeInvitation } from "@/lib/server/accounts/accept-invitation";
import { newTwoFactorSetup } from "@/lib/server/accounts/two-factor-setup";
import { currentActor } from "@/lib/server/auth/current-actor";
import { defaultContext } from "@/lib/server/service-context";
import { acceptInvitationAction, joinOrganizationAction } from "./actions";

export const metadata = { title: "Join Breachdesk", referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await describeInvitation(await defaultContext(), token);
  if (!invitation) {
    return (
      <>
        <h1>Invitation</h1>
        <p className="card">This link has expired or was already used. Ask your administrator for a new invitation.</p>
      </>
    );
  }
  const practice = invitation.organizationName ?? "Breachdesk";
  if (invitation.hasPassword) {
    // An existing account: the person joins by pressing the button themselves, signed in.
    const actor = await currentActor({ allowWithoutTwoFactor: true });
    return (
      <>
        <h1>Join {practice}</h1>
        <p>
          {invitation.organizationName ?? "A practice"} invites <strong>{invitation.email}</strong> to join as{" "}
          <strong>{invitation.role}</strong>. Nothing changes until you accept.
        </p>
        {!actor ? (
          <p className="card">
            You already have a Breachdesk account.{" "}
            <Link href={`/signin?next=${encodeURIComponent(`/invite/${token}`)}`}>Sign in as {invitation.email}</Link> to accept.
          </p>
        ) : actor.email !== invitation.email ? (
          <p className="card">
            You are signed in as {actor.email}. This invitation is for {invitation.email}: sign out, then sign in as the person invited.
          </p>
        ) : invitation.needsTwoFactor ? (
          <p className="card">
            This role needs two-factor authentication. <Link href="/account/two-factor">Set it up in your account</Link>, then open this
            link again.
          </p>
        ) : (
          <JoinOrganizationForm action={joinOrganizationAction} token={token} organizationName={practice} />
        )}
      </>
    );
  }
  const twoFactor = invitation.needsTwoFactor ? await newTwoFactorSetup(invitation.email) : null;
  return (
    <>
      <h1>Join {practice}</h1>
      <p>
        You are invited as <strong>{invitation.role}</strong>.
        {twoFactor ? " This role decides what is sent to authorities, so it needs two-factor authentication." : ""}
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
