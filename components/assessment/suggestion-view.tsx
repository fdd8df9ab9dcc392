import { dutiesOf, dutyHeadlines, type Assessment } from "@/lib/domain/risk";
import { DECISION_WORDS, EXEMPTION_WORDS, RISK_WORDS, riskBadge } from "./assessment-words";

/**
 * A processor's own duty (Art. 33(2)) comes first, and the answers below it are the controller's to decide,
 * passed on as advice: the same headline words as the CLI, the register and the documents.
 */
function ProcessorDuties({ suggestion }: { suggestion: Assessment }) {
  const headlines = dutyHeadlines(suggestion.duties ?? dutiesOf(suggestion, "processor"));
  return (
    <div data-testid="processor-duties">
      <p>
        <strong>Your duty as processor:</strong>{" "}
        {headlines
          .filter((line) => line.kind === "own")
          .map((line) => line.text)
          .join("; ")}
        .
      </p>
      <p className="muted">The controller decides on the authority and the people. Pass on what Breachdesk suggests for it:</p>
    </div>
  );
}

/** Breachdesk's suggestion: the risk level, what it means for the authority and the people, every reason, and the ENISA score. */
export function SuggestionView({ suggestion, heading = "Breachdesk's suggestion" }: { suggestion: Assessment; heading?: string }) {
  const { components } = suggestion.severity;
  const subjects = suggestion.communicateSubjects
    ? "communicate"
    : suggestion.publicCommunicationInstead
      ? "public_communication"
      : "do_not_communicate";
  return (
    <section className="card" aria-labelledby="suggestion-heading" data-testid="suggestion">
      <h2 id="suggestion-heading">{heading}</h2>
      <p>
        <strong>Risk level:</strong>{" "}
        <span className={riskBadge(suggestion.riskLevel)} data-testid="suggested-risk">
          {RISK_WORDS[suggestion.riskLevel]}
        </span>
      </p>
      {(suggestion.duties ?? dutiesOf(suggestion, null)).party === "processor" ? <ProcessorDuties suggestion={suggestion} /> : null}
      <ul>
        <li data-testid="suggested-authority">
          {DECISION_WORDS[suggestion.notifyAuthority ? "notify" : "do_not_notify"]} <span className="muted small">(GDPR Art. 33)</span>
        </li>
        <li data-testid="suggested-subjects">
          {DECISION_WORDS[subjects]} <span className="muted small">(GDPR Art. 34)</span>
        </li>
        {suggestion.exemptions.map((exemption) => (
          <li key={exemption}>{EXEMPTION_WORDS[exemption] ?? exemption}</li>
        ))}
      </ul>
      <h3>Why</h3>
      <ul>
        {suggestion.reasons.map((reason, index) => (
          <li key={`${reason.factor}-${index}`}>
            {reason.explanation}{" "}
            <span className="muted small">
              ({reason.effect}; {reason.basis})
            </span>
          </li>
        ))}
      </ul>
      <h3>
        ENISA severity: {suggestion.severity.score} ({suggestion.severity.band.replace("_", " ")})
      </h3>
      <p className="muted small">{suggestion.severity.formula}. A score to explain the assessment, not to replace it.</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Component</th>
              <th scope="col">Value</th>
              <th scope="col">Because</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Data processing context (DPC)</th>
              <td>{components.dataProcessingContext.value}</td>
              <td>{components.dataProcessingContext.reasons.map((r) => r.explanation).join(" ")}</td>
            </tr>
            <tr>
              <th scope="row">Ease of identification (EI)</th>
              <td>{components.easeOfIdentification.value}</td>
              <td>{components.easeOfIdentification.reasons.map((r) => r.explanation).join(" ")}</td>
            </tr>
            <tr>
              <th scope="row">Circumstances of the breach (CB)</th>
              <td>{components.circumstances.value}</td>
              <td>{components.circumstances.reasons.map((r) => r.explanation).join(" ")}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
