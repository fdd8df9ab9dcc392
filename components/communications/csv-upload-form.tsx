"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useProblems } from "@/components/forms/problem-resolver";
import { idleState, type FormState } from "@/lib/schemas/form-state";
import type { RecipientsImportReport } from "@/lib/schemas/answers/communication-status";

type Action = (previous: FormState<RecipientsImportReport>, form: FormData) => Promise<FormState<RecipientsImportReport>>;

/**
 * Uploads the list of people as CSV (name, email, address; "," or ";"). Every line that could not be kept
 * is listed with its number and the reason, so it can be fixed in the spreadsheet and uploaded again.
 */
export function CsvUploadForm({ incidentId, communicationId, action }: { incidentId: string; communicationId: string; action: Action }) {
  const t = useTranslations("communications.csv");
  const [state, formAction, pending] = useActionState(action, idleState);
  const problem = state.status === "error" ? (state.fields.csv ?? state.fields.file ?? null) : null;
  return (
    <form action={formAction} className="card" aria-labelledby="csv-heading" encType="multipart/form-data" noValidate>
      <h3 id="csv-heading">{t("heading")}</h3>
      <p className="hint muted">{t("hint")}</p>
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="communicationId" value={communicationId} />
      <label htmlFor="csv-file">{t("file")}</label>
      <input
        id="csv-file"
        name="file"
        type="file"
        accept=".csv,text/csv,text/plain"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? "csv-error" : undefined}
      />
      {state.status === "error" ? (
        <p className="field-error" id="csv-error" role="alert">
          {problem ?? state.message}
        </p>
      ) : null}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("busy") : t("submit")}
        </button>
      </p>
      {state.status === "done" ? <ImportReport report={state.value} /> : null}
    </form>
  );
}

function ImportReport({ report }: { report: RecipientsImportReport }) {
  const t = useTranslations("communications.csv");
  // Each rejected line's reason is the service's English problem: said in the reader's language.
  const say = useProblems();
  return (
    <div role="status">
      <p>
        {t("report", { added: report.added, merged: report.merged.length, rejected: report.rejected.length })}
        {report.reopened ? <> {t("reopened")}</> : null}
      </p>
      {report.rejected.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption>{t("rejectedCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("line")}</th>
                <th scope="col">{t("reason")}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td>{say(row.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {report.merged.length > 0 ? (
        <details>
          <summary>{t("mergedSummary", { count: report.merged.length })}</summary>
          <ul>
            {report.merged.map((row) => (
              <li key={row.line}>{t("mergedLine", { line: row.line, into: row.mergedInto })}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
