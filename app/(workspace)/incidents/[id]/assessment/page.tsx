import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentHistory } from "@/components/assessment/assessment-history";
import { DECISION_WORDS } from "@/components/assessment/assessment-words";
import { DecisionForm } from "@/components/assessment/decision-form";
import { Questionnaire } from "@/components/assessment/questionnaire";
import { SuggestionView } from "@/components/assessment/suggestion-view";
import { ASSUMED_MARKER, factRows } from "@/components/incidents/file/facts-view";
import { fieldLabel } from "@/components/incidents/field-labels";
import { hasRole } from "@/lib/server/access";
import { suggestedForAuthority, suggestedForSubjects } from "@/lib/server/assessments/decisions";
import { getCurrentAssessment, listAssessments } from "@/lib/server/assessments/list-assessments";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { may } from "@/lib/server/incidents/permissions";
import { defaultContext } from "@/lib/server/service-context";
import { decideAction, saveFactsAction } from "./actions";

export const metadata = { title: "Risk assessment" };

const SUBJECT_OPTIONS = ["communicate", "do_not_communicate", "public_communication"];

export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const ctx = await defaultContext();
  const { id } = await params;
  const found = await getIncident(ctx, actor, { incidentId: id });
  if (!found.ok) notFound();
  const incident = found.value;
  const [current, versions] = await Promise.all([
    getCurrentAssessment(ctx, actor, { incidentId: id }),
    listAssessments(ctx, actor, { incidentId: id }),
  ]);
  if (!current.ok || !versions.ok) notFound();
  const { assessment, outOfDate, suggestionNow, missingFacts } = current.value;
  const isDpo = hasRole(actor, incident.organization.id, "dpo");
  const canEdit = may(actor, incident.organization.id, "edit");
  const suggestedSubjects = suggestionNow ? suggestedForSubjects(suggestionNow) : null;
  // The answers the suggestion uses that nobody confirmed: the DPO weighs it knowing they are assumptions.
  const assumed = factRows(incident.facts, incident.assumedFacts).filter((row) => row.assumed);

  return (
    <>
      <p className="breadcrumbs">
        {/* References are numbered per practice: the practice is named beside it. */}
        <Link href={`/incidents/${incident.id}`}>{incident.reference}</Link> <span className="muted">({incident.organization.name})</span> /
        Risk assessment
      </p>
      <div className="page-head">
        <h1>Risk assessment: {incident.title}</h1>
        {assessment ? (
          <a className="button secondary" href={`/incidents/${incident.id}/assessment/pdf`}>
            Download the assessment (PDF)
          </a>
        ) : null}
      </div>
      {outOfDate ? (
        <p className="card notice" role="alert" data-testid="out-of-date">
          <strong>The recorded assessment is out of date:</strong> the facts changed after version {assessment?.version}. Review the
          suggestion below and record a new decision.
        </p>
      ) : null}
      <Questionnaire
        incidentId={incident.id}
        version={incident.version}
        initialFacts={incident.facts}
        canEdit={canEdit}
        saveFacts={saveFactsAction}
        assumed={incident.assumedFacts}
      />
      {suggestionNow && assumed.length > 0 ? (
        <p className="card notice" data-testid="suggestion-assumptions">
          This suggestion rests on {assumed.length === 1 ? "1 answer" : `${assumed.length} answers`} {ASSUMED_MARKER}:{" "}
          {assumed.map((row) => fieldLabel(`facts.${row.field}`).toLowerCase()).join("; ")}. Confirm or correct them in the questions above
          or on the <Link href={`/incidents/${incident.id}`}>incident file</Link>.
        </p>
      ) : null}
      {suggestionNow ? (
        <SuggestionView
          suggestion={suggestionNow}
          heading={assessment && !outOfDate ? "Breachdesk's suggestion (as recorded)" : "Breachdesk's suggestion for the saved facts"}
        />
      ) : (
        <section className="card" aria-labelledby="missing-heading">
          <h2 id="missing-heading">Before a suggestion can be made</h2>
          <p>{missingFacts[0]?.problem ? `The facts ${missingFacts[0].problem}.` : "The facts are incomplete."}</p>
        </section>
      )}
      {assessment ? (
        <section className="card" aria-labelledby="current-heading" data-testid="current-decision">
          <h2 id="current-heading">Current decision (version {assessment.version})</h2>
          <p>
            Authority: <strong>{DECISION_WORDS[assessment.authority.decision] ?? assessment.authority.decision}</strong>
            {assessment.authority.overridden ? (
              <span className="badge badge-warn">
                overrides the suggestion: {DECISION_WORDS[assessment.authority.suggested] ?? assessment.authority.suggested}
              </span>
            ) : (
              <span className="badge badge-ok">as suggested</span>
            )}
          </p>
          <p>
            People: <strong>{DECISION_WORDS[assessment.subjects.decision] ?? assessment.subjects.decision}</strong>
            {assessment.subjects.overridden ? (
              <span className="badge badge-warn">
                overrides the suggestion: {DECISION_WORDS[assessment.subjects.suggested] ?? assessment.subjects.suggested}
              </span>
            ) : (
              <span className="badge badge-ok">as suggested</span>
            )}
          </p>
        </section>
      ) : null}
      {suggestionNow && isDpo ? (
        <DecisionForm
          incidentId={incident.id}
          incidentVersion={incident.version}
          action={decideAction}
          authority={{
            suggested: suggestedForAuthority(suggestionNow),
            overrideOptions: [suggestedForAuthority(suggestionNow) === "notify" ? "do_not_notify" : "notify"],
          }}
          subjects={{ suggested: suggestedSubjects!, overrideOptions: SUBJECT_OPTIONS.filter((option) => option !== suggestedSubjects) }}
        />
      ) : suggestionNow ? (
        <p className="card muted">Only the DPO records the decision.</p>
      ) : null}
      <AssessmentHistory versions={versions.value} timeZone={incident.timeZone} />
    </>
  );
}
