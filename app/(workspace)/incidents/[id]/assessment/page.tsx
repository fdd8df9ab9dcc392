import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssessmentHistory } from "@/components/assessment/assessment-history";
import { decisionWords } from "@/components/assessment/assessment-words";
import { DecisionForm } from "@/components/assessment/decision-form";
import { Questionnaire } from "@/components/assessment/questionnaire";
import { SuggestionView } from "@/components/assessment/suggestion-view";
import { factRows } from "@/components/incidents/file/facts-view";
import { fieldInSentence } from "@/components/incidents/field-labels";
import { hasRole } from "@/lib/server/access";
import { suggestedForAuthority, suggestedForSubjects } from "@/lib/server/assessments/decisions";
import { getCurrentAssessment, listAssessments } from "@/lib/server/assessments/list-assessments";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { may } from "@/lib/server/incidents/permissions";
import { defaultContext } from "@/lib/server/service-context";
import { decideAction, saveFactsAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("assessment");
  return { title: t("title") };
}

const SUBJECT_OPTIONS = ["communicate", "do_not_communicate", "public_communication"];

export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const tApp = await getTranslations();
  const t = await getTranslations("assessment");
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
  const practice = incident.organization.name;
  // The answers still missing (completeFacts names "facts" first, then each missing part), in the reader's words.
  const missingAnswers = [...new Set(missingFacts.filter((missing) => missing.field !== "facts").map((missing) => missing.field))];
  const assumed = factRows(tApp, incident.facts, incident.assumedFacts).filter((row) => row.assumed);

  return (
    <>
      <p className="breadcrumbs">
        {/* References are numbered per practice: the practice is named beside it. */}
        <Link href={`/incidents/${incident.id}`}>{incident.reference}</Link> <span className="muted">({practice})</span> / {t("title")}
      </p>
      <div className="page-head">
        <h1>{t("heading", { title: incident.title })}</h1>
        {assessment ? (
          <a className="button secondary" href={`/incidents/${incident.id}/assessment/pdf`}>
            {t("downloadPdf")}
          </a>
        ) : null}
      </div>
      {outOfDate ? (
        <p className="card notice" role="alert" data-testid="out-of-date">
          {t.rich("outOfDate", { strong: (chunks) => <strong>{chunks}</strong>, version: assessment?.version ?? 0 })}
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
          {t.rich("assumptions", {
            count: assumed.length,
            marker: tApp("incidentFile.facts.assumedMarker"),
            fields: assumed.map((row) => fieldInSentence(tApp, `facts.${row.field}`)).join("; "),
            link: (chunks) => <Link href={`/incidents/${incident.id}`}>{chunks}</Link>,
          })}
        </p>
      ) : null}
      {suggestionNow ? (
        <SuggestionView suggestion={suggestionNow} heading={assessment && !outOfDate ? t("suggestionRecorded") : t("suggestionForSaved")} />
      ) : (
        <section className="card" aria-labelledby="missing-heading">
          <h2 id="missing-heading">{t("missingHeading")}</h2>
          <p>
            {missingAnswers.length
              ? t("missingAnswers", { fields: missingAnswers.map((field) => fieldInSentence(tApp, field)).join(", ") })
              : t("factsIncomplete")}
          </p>
        </section>
      )}
      {assessment ? (
        <section className="card" aria-labelledby="current-heading" data-testid="current-decision">
          <h2 id="current-heading">{t("current.heading", { version: assessment.version })}</h2>
          <p>
            {t.rich("current.authority", {
              strong: (chunks) => <strong>{chunks}</strong>,
              decision: decisionWords(t, assessment.authority.decision),
            })}
            {assessment.authority.overridden ? (
              <span className="badge badge-warn">
                {t("current.overrides", { suggested: decisionWords(t, assessment.authority.suggested) })}
              </span>
            ) : (
              <span className="badge badge-ok">{t("current.asSuggested")}</span>
            )}
          </p>
          <p>
            {t.rich("current.people", {
              strong: (chunks) => <strong>{chunks}</strong>,
              decision: decisionWords(t, assessment.subjects.decision),
            })}
            {assessment.subjects.overridden ? (
              <span className="badge badge-warn">
                {t("current.overrides", { suggested: decisionWords(t, assessment.subjects.suggested) })}
              </span>
            ) : (
              <span className="badge badge-ok">{t("current.asSuggested")}</span>
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
        <p className="card muted">{t("onlyDpoDecides")}</p>
      ) : null}
      <AssessmentHistory versions={versions.value} timeZone={incident.timeZone} />
    </>
  );
}
