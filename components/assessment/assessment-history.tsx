import { formatForPeople } from "@/lib/domain/deadlines";
import type { AssessmentDto } from "@/lib/server/assessments/assessment-dto";
import { DECISION_WORDS, RISK_WORDS } from "./assessment-words";

/** Every recorded version, newest first: suggestion next to decision, overrides marked, with the rationale. */
export function AssessmentHistory({ versions, timeZone }: { versions: AssessmentDto[]; timeZone: string }) {
  if (versions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Decisions recorded</h2>
      <div className="table-scroll">
        <table data-testid="assessment-history">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Decided</th>
              <th scope="col">Risk</th>
              <th scope="col">Authority</th>
              <th scope="col">People</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <td>{v.version}</td>
                <td>
                  {formatForPeople(new Date(v.decidedAt), timeZone)} by {v.decidedBy.name}
                </td>
                <td>{RISK_WORDS[v.riskLevel]}</td>
                <td>
                  {DECISION_WORDS[v.authority.decision]}
                  {v.authority.overridden ? <span className="badge badge-warn">overrides the suggestion</span> : null}
                  <p className="prose small">{v.authority.rationale}</p>
                </td>
                <td>
                  {DECISION_WORDS[v.subjects.decision]}
                  {v.subjects.overridden ? <span className="badge badge-warn">overrides the suggestion</span> : null}
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
