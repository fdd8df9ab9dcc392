import { useTranslations } from "next-intl";
import type { Ref, TextareaHTMLAttributes } from "react";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A labelled multi-line input whose error is tied to it (aria-describedby) and announced. */
export function TextAreaField({ name, label, error, hint, id, rows = 5, ...textarea }: Props) {
  const t = useTranslations("forms");
  const fieldId = id ?? `field-${name}`;
  const describedBy = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      {hint ? (
        <p className="muted hint" id={`${fieldId}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea id={fieldId} name={name} rows={rows} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...textarea} />
      {error ? (
        <p className="field-error" id={`${fieldId}-error`} role="alert">
          {t("fieldError", { label, error })}
        </p>
      ) : null}
    </div>
  );
}
