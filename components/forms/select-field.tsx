import { useTranslations } from "next-intl";
import type { Ref, SelectHTMLAttributes } from "react";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string;
  hint?: string;
  ref?: Ref<HTMLSelectElement>;
};

/** A labelled drop-down whose error is tied to it and announced. */
export function SelectField({ name, label, options, error, hint, id, ...select }: Props) {
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
      <select id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field-error" id={`${fieldId}-error`} role="alert">
          {t("fieldError", { label, error })}
        </p>
      ) : null}
    </div>
  );
}
