import { EnableTwoFactorForm } from "@/components/auth/enable-two-factor-form";
import { newTwoFactorSetup } from "@/lib/server/accounts/two-factor-setup";
import { requireActor } from "@/lib/server/auth/current-actor";
import { enableTwoFactorAction } from "../actions";

export const metadata = { title: "Two-factor authentication" };

export default async function TwoFactorPage() {
  const actor = await requireActor({ allowWithoutTwoFactor: true });
  const setup = await newTwoFactorSetup(actor.email);
  return (
    <>
      <h1>Two-factor authentication</h1>
      {actor.needsTwoFactor ? (
        <p className="card" role="status">
          Your role (DPO or administrator) needs two-factor authentication before you can continue.
        </p>
      ) : null}
      <EnableTwoFactorForm
        action={enableTwoFactorAction}
        setup={{ secret: setup.secret, sealedSecret: setup.sealedSecret, qrSvg: setup.qrSvg }}
      />
    </>
  );
}
