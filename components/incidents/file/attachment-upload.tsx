"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ATTACHMENT_PURPOSES, attachmentUploadSchema } from "@/lib/schemas/incident-attachment";

const PURPOSE_LABELS: Record<(typeof ATTACHMENT_PURPOSES)[number], string> = {
  evidence: "Evidence (screenshot, log, report)",
  receipt: "Receipt from the authority",
  letter: "Letter or e-mail",
};

/**
 * Uploads a file to the incident. The same schema as the server checks size and type first, so a file that
 * is too large is refused before it is sent; the server checks again, including the bytes.
 */
export function AttachmentUpload({ incidentId }: { incidentId: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string>("");
  const [busy, setBusy] = useState(false);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const element = event.currentTarget;
    const form = new FormData(element);
    const file = form.get("file");
    const checked = attachmentUploadSchema().safeParse({
      incidentId,
      purpose: form.get("purpose") || "evidence",
      file: file instanceof File && file.name ? file : undefined,
    });
    if (!checked.success) {
      const issue = checked.error.issues.find((candidate) => candidate.path[0] === "file") ?? checked.error.issues[0];
      setError(issue?.message ?? "could not be checked");
      input.current?.focus();
      return;
    }
    setBusy(true);
    setStatus("Uploading…");
    try {
      const response = await fetch(`/incidents/${encodeURIComponent(incidentId)}/attachments`, { method: "POST", body: form });
      const body = (await response.json().catch(() => ({}))) as { message?: string; fields?: Record<string, string> };
      if (!response.ok) {
        setError(body.fields?.file ?? body.message ?? `was not attached (error ${response.status})`);
        setStatus("");
        input.current?.focus();
        return;
      }
      setStatus("File attached.");
      element.reset();
      router.refresh();
    } catch {
      setError("was not attached: the connection failed, try again");
      setStatus("");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="subform" onSubmit={upload} noValidate encType="multipart/form-data">
      <h3>Attach a file</h3>
      <div className="field">
        <label htmlFor="attachment-file">File</label>
        <p className="muted hint" id="attachment-file-hint">
          PDF, PNG, JPEG, text, CSV, e-mail (.eml), Word or Excel; at most 25 MB.
        </p>
        <input
          ref={input}
          id="attachment-file"
          name="file"
          type="file"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "attachment-file-hint attachment-file-error" : "attachment-file-hint"}
        />
        {error ? (
          <p className="field-error" id="attachment-file-error" role="alert">
            File: {error}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="attachment-purpose">What it is</label>
        <select id="attachment-purpose" name="purpose" defaultValue="evidence">
          {ATTACHMENT_PURPOSES.map((purpose) => (
            <option key={purpose} value={purpose}>
              {PURPOSE_LABELS[purpose]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={busy}>
        Upload
      </button>{" "}
      <span role="status" className="muted">
        {status}
      </span>
    </form>
  );
}
