import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/components/auth/next-path";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentActor } from "@/lib/server/auth/current-actor";

export async function generateMetadata() {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (await currentActor({ allowWithoutTwoFactor: true })) redirect(safeNextPath(next));
  const t = await getTranslations("auth.signIn");
  return (
    <>
      <h1>{t("title")}</h1>
      <SignInForm next={next} />
      <p className="muted">{t("intro")}</p>
    </>
  );
}
