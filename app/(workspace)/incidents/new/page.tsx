import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { IntakeWizard } from "@/components/incidents/intake/intake-wizard";
import { newIntakeValues, valuesFromIncident } from "@/components/incidents/intake/intake-values";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { defaultContext } from "@/lib/server/service-context";
import { listMyOrganizations } from "@/lib/server/workspace/workspace-directory";
import { saveDraftAction, submitIntakeAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("intake.page");
  return { title: t("title") };
}

/** The intake wizard; `?draft=<id>` continues a saved draft. */
export default async function NewIncidentPage({ searchParams }: { searchParams: Promise<{ draft?: string }> }) {
  const actor = await requireActor();
  const t = await getTranslations("intake.page");
  const ctx = await defaultContext();
  const { draft: draftId } = await searchParams;
  const organizations = await listMyOrganizations(ctx, actor);
  const choices = (organizations.ok ? organizations.value : [])
    .filter((organization) => organization.roles.some((role) => role === "manager" || role === "dpo"))
    .map(({ slug, name, timeZone }) => ({ slug, name, timeZone }));
  if (choices.length === 0) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="card">{t("notAllowed")}</p>
      </>
    );
  }
  const draft = draftId ? await getIncident(ctx, actor, { incidentId: draftId }) : null;
  const resumable = draft?.ok && draft.value.state === "draft" ? draft.value : null;
  // A new report starts at "now" in the (first) practice's zone, with the cautious answers filled in.
  const fresh = newIntakeValues(choices.length === 1 ? choices[0]!.slug : "", choices[0]!.timeZone, ctx.now());
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      {draftId && !resumable ? (
        <p className="card" role="alert">
          {t("draftGone")} <Link href="/incidents">{t("backToIncidents")}</Link>
        </p>
      ) : null}
      <IntakeWizard
        organizations={choices}
        initialValues={resumable ? valuesFromIncident(resumable) : fresh}
        openedAt={resumable ? undefined : fresh.awareAt}
        initialDraft={resumable ? { id: resumable.id, version: resumable.version } : { id: null, version: null }}
        saveDraft={saveDraftAction}
        submit={submitIntakeAction}
      />
    </>
  );
}
