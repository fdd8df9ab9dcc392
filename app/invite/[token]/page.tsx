import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { describeInvitation } from "@/lib/server/accounts/accept-invitation";
import { newTwoFactorSetup } from "@/lib/server/accounts/two-factor-setup";
import { defaultContext } from "@/lib/server/service-context";
import { acceptInvitationAction } from "./actions";

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
  const twoFactor = invitation.needsTwoFactor ? await newTwoFactorSetup(invitation.email) : null;
  return (
    <>
      <h1>Join {invitation.organizationName ?? "Breachdesk"}</h1>
      <p>
        You are invited as <strong>{invitation.role}</strong>.
        {twoFactor ? " This role decides what is sent to authorities, so it needs two-factor authentication." : ""}
      </p>
      <AcceptInvitationForm
        action={acceptInvitationAction}
        token={token}
        email={invitation.email}
        hasPassword={invitation.hasPassword}
        twoFactor={twoFactor && { secret: twoFactor.secret, sealedSecret: twoFactor.sealedSecret, qrSvg: twoFactor.qrSvg }}
      />
    </>
  );
}
