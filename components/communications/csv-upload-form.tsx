"use client";

import { useActionState } from "react";
import { idleState, type FormState } from "@/lib/schemas/form-state";
import type { RecipientsImportReport } from "@/lib/schemas/answers/communication-status";

type Action = (previous: FormState<RecipientsImportReport>, form: FormData) => Promise<FormState<RecipientsImportReport>>;

/**
 * Uploads the list of people as CSV (name, email, address; "," or ";"). Every line that could not be kept
 * is listed with its number and the reason, so it can be fixed in the spreadsheet and uploaded again.
 */
export function CsvUploadForm({ incidentId, communicationId, action }: { incidentId: string; communicationId: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const problem = state.status === "error" ? (state.fields.csv ?? state.fields.file ?? null) : null;
  return (
    <form action={formAction} className="card" aria-labelledby="csv-heading" encType="multipart/form-data" noValidate>
      <h3 id="csv-heading">Add people from a CSV file</h3>
      <p className="hint muted">
        One line per person, with a header line: name, email, address (columns separated by commas or semicolons).
      </p>
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="communicationId" value={communicationId} />
      <label htmlFor="csv-file">CSV file</label>
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
          {pending ? "Importing…" : "Import"}
        </button>
      </p>
      {state.status === "done" ? <ImportReport report={state.value} /> : null}
    </form>
  );
}

function ImportReport({ report }: { report: RecipientsImportReport }) {
  return (
    <div role="status">
      <p>
        {report.added} {report.added === 1 ? "person" : "people"} added; {report.merged.length} merged with a person already listed;{" "}
        {report.rejected.length} line
        {report.rejected.length === 1 ? "" : "s"} not imported.
        {report.reopened ? " The communication went back to draft: the DPO approves the new list." : ""}
      </p>
      {report.rejected.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption>Lines not imported (fix them and upload them again)</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td>{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {report.merged.length > 0 ? (
        <details>
          <summary>Merged lines ({report.merged.length})</summary>
          <ul>
            {report.merged.map((row) => (
              <li key={row.line}>
                Line {row.line}: same e-mail address as {row.mergedInto}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
