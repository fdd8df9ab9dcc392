import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, Ref } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  /** Ids of further text that describes the input (e.g. folded help), read with the hint. */
  describedBy?: string;
  /** React 19 passes ref as a prop; typed here so react-hook-form's register() can be spread onto the field. */
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input whose error is tied to it (aria-describedby) and announced by screen readers. */
export function TextField({ name, label, error, hint, describedBy: more, id, ...input }: Props) {
  const t = useTranslations("forms");
  const inputId = id ?? `field-${name}`;
  const describedBy =
    [hint ? `${inputId}-hint` : null, more ?? null, error ? `${inputId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <p className="muted hint" id={`${inputId}-hint`}>
          {hint}
        </p>
      ) : null}
      <input id={inputId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error ? (
        <p className="field-error" id={`${inputId}-error`} role="alert">
          {t("fieldError", { label, error })}
        </p>
      ) : null}
    </div>
  );
}
