import Link from "next/link";
import { IntakeWizard } from "@/components/incidents/intake/intake-wizard";
import { newIntakeValues, valuesFromIncident } from "@/components/incidents/intake/intake-values";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { defaultContext } from "@/lib/server/service-context";
import { listMyOrganizations } from "@/lib/server/workspace/workspace-directory";
import { saveDraftAction, submitIntakeAction } from "./actions";

export const metadata = { title: "Report a breach" };

/** The intake wizard; `?draft=<id>` continues a saved draft. */
export default async function NewIncidentPage({ searchParams }: { searchParams: Promise<{ draft?: string }> }) {
  const actor = await requireActor();
  const ctx = await defaultContext();
  const { draft: draftId } = await searchParams;
  const organizations = await listMyOrganizations(ctx, actor);
  const choices = (organizations.ok ? organizations.value : [])
    .filter((organization) => organization.roles.some((role) => role === "manager" || role === "dpo"))
    .map(({ slug, name, timeZone }) => ({ slug, name, timeZone }));
  if (choices.length === 0) {
    return (
      <>
        <h1>Report a breach</h1>
        <p className="card">Only a practice manager or the DPO can log an incident. Please ask one of them, or your administrator.</p>
      </>
    );
  }
  const draft = draftId ? await getIncident(ctx, actor, { incidentId: draftId }) : null;
  const resumable = draft?.ok && draft.value.state === "draft" ? draft.value : null;
  // A new report starts at "now" in the (first) practice's zone, with the cautious answers filled in.
  const fresh = newIntakeValues(choices.length === 1 ? choices[0]!.slug : "", choices[0]!.timeZone, ctx.now());
  return (
    <>
      <h1>Report a breach</h1>
      <p className="lede">
        Something happened to patient or staff data? Tell us what you know now; you can add the rest later. Your answers are kept as a draft
        as you go; sending them tells the practice&apos;s DPO, and no one outside the practice.
      </p>
      {draftId && !resumable ? (
        <p className="card" role="alert">
          That draft cannot be continued (it was sent already, or is not yours to see). <Link href="/incidents">Back to the incidents</Link>
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
