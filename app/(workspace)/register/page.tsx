import { getTranslations } from "next-intl/server";
import { RegisterView } from "@/components/register/register-view";
import { registerPageFromSearchParams, registerQueryFromSearchParams, registerQueryString } from "@/lib/domain/register/register-query";
import { problemsFor } from "@/lib/i18n/problem-translator";
import { refusedFieldsInWords } from "@/lib/i18n/refused-fields";
import { requireActor } from "@/lib/server/auth/current-actor";
import { queryRegister } from "@/lib/server/register/query-register";
import { defaultContext } from "@/lib/server/service-context";
import { listMyOrganizations } from "@/lib/server/workspace/workspace-directory";

export async function generateMetadata() {
  return { title: (await getTranslations("register"))("metaTitle") };
}

type Params = Record<string, string | string[] | undefined>;

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireActor();
  const ctx = await defaultContext();
  const t = await getTranslations("register");
  const params = await searchParams;
  const query = registerQueryFromSearchParams(params);
  const [register, organizations] = await Promise.all([
    queryRegister(ctx, actor, { ...query, page: registerPageFromSearchParams(params) }),
    listMyOrganizations(ctx, actor),
  ]);
  const labels = {
    organization: t("filters.practice"),
    state: t("filters.state"),
    year: t("filters.year"),
    notified: t("filters.notified"),
    timeliness: t("filters.timeliness"),
  };
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="lede">{t("lede")}</p>
      <RegisterView
        params={params}
        organizations={(organizations.ok ? organizations.value : []).map(({ slug, name }) => ({ slug, name }))}
        view={register.ok ? register.value : null}
        problem={
          register.ok
            ? null
            : register.error === "invalid"
              ? refusedFieldsInWords(actor.locale, register.fields, labels)
              : problemsFor(actor.locale)(register.message)
        }
        exportQuery={registerQueryString(query)}
      />
    </>
  );
}
