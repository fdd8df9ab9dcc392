import { FirstAdminForm } from "@/components/auth/first-admin-form";
import { isFirstAdminLinkUsable } from "@/lib/server/accounts/complete-first-admin";
import { newTwoFactorSetup } from "@/lib/server/accounts/two-factor-setup";
import { defaultContext } from "@/lib/server/service-context";
import { completeSetupAction } from "./actions";

export const metadata = { title: "Set up Breachdesk", referrer: "no-referrer" };

export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await isFirstAdminLinkUsable(await defaultContext(), token))) {
    return (
      <>
        <h1>Set up Breachdesk</h1>
        <p className="card">
          This set-up link has expired or was already used. Run <code>npx breachdesk setup</code> on the server for a new one.
        </p>
      </>
    );
  }
  const setup = await newTwoFactorSetup("administrator");
  return (
    <>
      <h1>Set up Breachdesk</h1>
      <p>Create your practice and the first administrator account. Administrators use two-factor authentication.</p>
      <FirstAdminForm
        action={completeSetupAction}
        token={token}
        twoFactor={{ secret: setup.secret, sealedSecret: setup.sealedSecret, qrSvg: setup.qrSvg }}
      />
    </>
  );
}
