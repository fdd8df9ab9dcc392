"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ATTACHMENT_PURPOSES, attachmentUploadSchema } from "@/lib/schemas/incident-attachment";
import { ScriptedForm, SubmitButton } from "@/components/forms/scripted-form";

/**
 * Uploads a file to the incident. The same schema as the server checks size and type first, so a file that
 * is too large is refused before it is sent; the server checks again, including the bytes.
 */
export function AttachmentUpload({ incidentId }: { incidentId: string }) {
  const t = useTranslations("incidentFile.attachment");
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
      setError(issue?.message ?? t("checkFailed"));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setStatus(t("uploading"));
    try {
      const response = await fetch(`/incidents/${encodeURIComponent(incidentId)}/attachments`, { method: "POST", body: form });
      const body = (await response.json().catch(() => ({}))) as { message?: string; fields?: Record<string, string> };
      if (!response.ok) {
        setError(body.fields?.file ?? body.message ?? t("refused", { status: response.status }));
        setStatus("");
        input.current?.focus();
        return;
      }
      setStatus(t("attached"));
      element.reset();
      router.refresh();
    } catch {
      setError(t("connectionFailed"));
      setStatus("");
    } finally {
      setBusy(false);
    }
  }

  return (
    <ScriptedForm className="subform" onSubmit={upload} noValidate encType="multipart/form-data">
      <h3>{t("heading")}</h3>
      <div className="field">
        <label htmlFor="attachment-file">{t("file")}</label>
        <p className="muted hint" id="attachment-file-hint">
          {t("fileHint")}
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
            {t("fileProblem", { problem: error })}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="attachment-purpose">{t("purpose")}</label>
        <select id="attachment-purpose" name="purpose" defaultValue="evidence">
          {ATTACHMENT_PURPOSES.map((purpose) => (
            <option key={purpose} value={purpose}>
              {t(`purposes.${purpose}`)}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton disabled={busy}>{t("upload")}</SubmitButton>{" "}
      <span role="status" className="muted">
        {status}
      </span>
    </ScriptedForm>
  );
}
