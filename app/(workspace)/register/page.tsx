import { getTranslations } from "next-intl/server";
import { RegisterView } from "@/components/register/register-view";
import { registerPageFromSearchParams, registerQueryFromSearchParams, registerQueryString } from "@/lib/domain/register/register-query";
import { problemsFor } from "@/lib/i18n/problem-translator";
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
  // A filter refused from a hand-edited address: named by its label, said in the reader's language.
  const say = problemsFor(actor.locale);
  const labels: Record<string, string> = {
    organization: t("filters.practice"),
    state: t("filters.state"),
    year: t("filters.year"),
    notified: t("filters.notified"),
    timeliness: t("filters.timeliness"),
  };
  const label = (field: string) => labels[field] ?? field;
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
              ? register.fields.map((f) => `${label(f.field)}: ${say(f.problem)}`).join("; ")
              : say(register.message)
        }
        exportQuery={registerQueryString(query)}
      />
    </>
  );
}
