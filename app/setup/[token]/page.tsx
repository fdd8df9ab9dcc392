import { getLocale, getTranslations } from "next-intl/server";
import { FirstAdminForm } from "@/components/auth/first-admin-form";
import { isFirstAdminLinkUsable } from "@/lib/server/accounts/complete-first-admin";
import { newTwoFactorSetup } from "@/lib/server/accounts/two-factor-setup";
import { defaultContext } from "@/lib/server/service-context";
import { completeSetupAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("auth.setup");
  return { title: t("title") };
}

export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth.setup");
  if (!(await isFirstAdminLinkUsable(await defaultContext(), token))) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="card">{t.rich("expired", { code: (chunks) => <code>{chunks}</code> })}</p>
      </>
    );
  }
  const setup = await newTwoFactorSetup("administrator");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <FirstAdminForm
        action={completeSetupAction}
        token={token}
        language={await getLocale()}
        twoFactor={{ secret: setup.secret, sealedSecret: setup.sealedSecret, qrSvg: setup.qrSvg }}
      />
    </>
  );
}
