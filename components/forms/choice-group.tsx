import type { InputHTMLAttributes, ReactNode, Ref } from "react";

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "value" | "id"> & { name: string; ref?: Ref<HTMLInputElement> };

/**
 * A question answered by radio buttons (one answer) or checkboxes (several): a fieldset whose legend is the
 * question, so screen readers read it with every option; its error is announced and tied to the group.
 */
export function ChoiceGroup(props: {
  legend: ReactNode;
  /** Shown under the question: the legal term and why it matters. */
  details?: ReactNode;
  multiple?: boolean;
  choices: readonly Choice[];
  error?: string;
  /** The question in a few words, to name the field in the error. */
  errorLabel: string;
  input: InputProps;
}) {
  const { legend, details, multiple, choices, error, errorLabel, input } = props;
  const groupId = `field-${input.name}`;
  const describedBy = [details ? `${groupId}-details` : null, error ? `${groupId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="choice-group" id={groupId} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {details ? <div id={`${groupId}-details`}>{details}</div> : null}
      {choices.map((choice, index) => {
        const id = `${groupId}-${index}`;
        return (
          <div className="choice" key={choice.value}>
            <input id={id} type={multiple ? "checkbox" : "radio"} value={choice.value} {...input} />
            <label htmlFor={id}>
              {choice.label}
              {choice.hint ? <span className="muted choice-hint"> {choice.hint}</span> : null}
            </label>
          </div>
        );
      })}
      {error ? (
        <p className="field-error" id={`${groupId}-error`} role="alert">
          {errorLabel}: {error}
        </p>
      ) : null}
    </fieldset>
  );
}
