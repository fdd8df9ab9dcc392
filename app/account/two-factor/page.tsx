import { getTranslations } from "next-intl/server";
import { EnableTwoFactorForm } from "@/components/auth/enable-two-factor-form";
import { newTwoFactorSetup } from "@/lib/server/accounts/two-factor-setup";
import { requireActor } from "@/lib/server/auth/current-actor";
import { enableTwoFactorAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("account.twoFactor");
  return { title: t("title") };
}

export default async function TwoFactorPage() {
  const actor = await requireActor({ allowWithoutTwoFactor: true });
  const setup = await newTwoFactorSetup(actor.email);
  const t = await getTranslations("account.twoFactor");
  return (
    <>
      <h1>{t("title")}</h1>
      {actor.needsTwoFactor ? (
        <p className="card" role="status">
          {t("required")}
        </p>
      ) : null}
      <EnableTwoFactorForm
        action={enableTwoFactorAction}
        setup={{ secret: setup.secret, sealedSecret: setup.sealedSecret, qrSvg: setup.qrSvg }}
      />
    </>
  );
}
