import { getLocale, getTranslations } from "next-intl/server";
import { dutiesOf, type Assessment } from "@/lib/domain/risk";
import type { Reason } from "@/lib/domain/risk/types";
import { basisWords, decisionWords, exemptionWords, reasonWords, riskBadge, riskWords, type AssessmentT } from "./assessment-words";

/**
 * A processor's own duty (Art. 33(2)) comes first, and the answers below it are the controller's to decide,
 * passed on as advice: the same duties as the CLI, the register and the documents, in the reader's language.
 */
function ProcessorDuties({ suggestion, t }: { suggestion: Assessment; t: AssessmentT }) {
  const own = (suggestion.duties ?? dutiesOf(suggestion, "processor")).own;
  const duties = own.length ? own.map((duty) => t(`duties.${duty}`)) : [t("duties.nothingForController")];
  return (
    <div data-testid="processor-duties">
      <p>{t.rich("suggestion.processorDuty", { strong: (chunks) => <strong>{chunks}</strong>, duties: duties.join("; ") })}</p>
      <p className="muted">{t("suggestion.processorNote")}</p>
    </div>
  );
}

/** Breachdesk's suggestion: the risk level, what it means for the authority and the people, every reason, and the ENISA score. */
export async function SuggestionView({ suggestion, heading }: { suggestion: Assessment; heading?: string }) {
  const t = await getTranslations("assessment");
  const locale = await getLocale();
  const { components } = suggestion.severity;
  const because = (reasons: Reason[]) => reasons.map((reason) => reasonWords(locale, reason)).join(" ");
  const subjects = suggestion.communicateSubjects
    ? "communicate"
    : suggestion.publicCommunicationInstead
      ? "public_communication"
      : "do_not_communicate";
  return (
    <section className="card" aria-labelledby="suggestion-heading" data-testid="suggestion">
      <h2 id="suggestion-heading">{heading ?? t("suggestion.heading")}</h2>
      <p>
        <strong>{t("suggestion.riskLevel")}</strong>{" "}
        <span className={riskBadge(suggestion.riskLevel)} data-testid="suggested-risk">
          {riskWords(t, suggestion.riskLevel)}
        </span>
      </p>
      {(suggestion.duties ?? dutiesOf(suggestion, null)).party === "processor" ? <ProcessorDuties suggestion={suggestion} t={t} /> : null}
      <ul>
        <li data-testid="suggested-authority">
          {decisionWords(t, suggestion.notifyAuthority ? "notify" : "do_not_notify")}{" "}
          <span className="muted small">{t("suggestion.art33")}</span>
        </li>
        <li data-testid="suggested-subjects">
          {decisionWords(t, subjects)} <span className="muted small">{t("suggestion.art34")}</span>
        </li>
        {suggestion.exemptions.map((exemption) => (
          <li key={exemption}>{exemptionWords(t, exemption)}</li>
        ))}
      </ul>
      <h3>{t("suggestion.why")}</h3>
      <ul>
        {suggestion.reasons.map((reason, index) => (
          <li key={`${reason.factor}-${index}`}>
            {reasonWords(locale, reason)}{" "}
            <span className="muted small">
              ({t(`effects.${reason.effect}`)}; {basisWords(t, reason.basis)})
            </span>
          </li>
        ))}
      </ul>
      <h3>{t("suggestion.enisaHeading", { score: suggestion.severity.score, band: t(`bands.${suggestion.severity.band}`) })}</h3>
      <p className="muted small">{t("suggestion.formulaNote", { formula: suggestion.severity.formula })}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("suggestion.component")}</th>
              <th scope="col">{t("suggestion.value")}</th>
              <th scope="col">{t("suggestion.because")}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t("suggestion.dpc")}</th>
              <td>{components.dataProcessingContext.value}</td>
              <td>{because(components.dataProcessingContext.reasons)}</td>
            </tr>
            <tr>
              <th scope="row">{t("suggestion.ei")}</th>
              <td>{components.easeOfIdentification.value}</td>
              <td>{because(components.easeOfIdentification.reasons)}</td>
            </tr>
            <tr>
              <th scope="row">{t("suggestion.cb")}</th>
              <td>{components.circumstances.value}</td>
              <td>{because(components.circumstances.reasons)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
