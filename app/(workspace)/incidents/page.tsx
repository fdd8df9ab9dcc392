import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { IncidentList } from "@/components/incidents/incident-list";
import { listQueryFromSearchParams } from "@/components/incidents/list-query";
import { problemsFor } from "@/lib/i18n/problem-translator";
import { refusedFieldsInWords } from "@/lib/i18n/refused-fields";
import { requireActor } from "@/lib/server/auth/current-actor";
import { listIncidents } from "@/lib/server/incidents/list-incidents";
import { defaultContext } from "@/lib/server/service-context";
import { listMyOrganizations } from "@/lib/server/workspace/workspace-directory";

export async function generateMetadata() {
  return { title: (await getTranslations("incidentList"))("metaTitle") };
}

type Params = Record<string, string | string[] | undefined>;

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireActor();
  const ctx = await defaultContext();
  const t = await getTranslations("incidentList");
  const params = await searchParams;
  const [page, organizations] = await Promise.all([
    listIncidents(ctx, actor, listQueryFromSearchParams(params)),
    listMyOrganizations(ctx, actor),
  ]);
  const labels = { state: t("state"), organization: t("practice"), page: t("pages") };
  const mine = organizations.ok ? organizations.value : [];
  const canReport = mine.some((organization) => organization.roles.some((role) => role === "manager" || role === "dpo"));
  return (
    <>
      <div className="page-head">
        <h1>{t("heading")}</h1>
        {canReport ? (
          <Link className="button" href="/incidents/new">
            {t("report")}
          </Link>
        ) : null}
      </div>
      <IncidentList
        params={params}
        organizations={mine.map(({ slug, name }) => ({ slug, name }))}
        page={page.ok ? page.value : null}
        problem={
          page.ok
            ? null
            : page.error === "invalid"
              ? refusedFieldsInWords(actor.locale, page.fields, labels)
              : problemsFor(actor.locale)(page.message)
        }
      />
    </>
  );
}
