import { getLocale, getTranslations } from "next-intl/server";
import { peopleTime } from "@/components/notification/people-time";
import type { AssessmentDto } from "@/lib/server/assessments/assessment-dto";
import { decisionWords, riskWords } from "./assessment-words";

/** Every recorded version, newest first: suggestion next to decision, overrides marked, with the rationale. */
export async function AssessmentHistory({ versions, timeZone }: { versions: AssessmentDto[]; timeZone: string }) {
  if (versions.length === 0) return null;
  const t = await getTranslations("assessment");
  const locale = await getLocale();
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("history.heading")}</h2>
      <div className="table-scroll">
        <table data-testid="assessment-history">
          <thead>
            <tr>
              <th scope="col">{t("history.version")}</th>
              <th scope="col">{t("history.decided")}</th>
              <th scope="col">{t("history.risk")}</th>
              <th scope="col">{t("history.authority")}</th>
              <th scope="col">{t("history.people")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <td>{v.version}</td>
                <td>{t("history.decidedBy", { date: peopleTime(locale, new Date(v.decidedAt), timeZone), name: v.decidedBy.name })}</td>
                <td>{riskWords(t, v.riskLevel)}</td>
                <td>
                  {decisionWords(t, v.authority.decision)}
                  {v.authority.overridden ? <span className="badge badge-warn">{t("history.overridden")}</span> : null}
                  <p className="prose small">{v.authority.rationale}</p>
                </td>
                <td>
                  {decisionWords(t, v.subjects.decision)}
                  {v.subjects.overridden ? <span className="badge badge-warn">{t("history.overridden")}</span> : null}
                  <p className="prose small">{v.subjects.rationale}</p>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
