import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { Fold } from "./fold";

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "value" | "id"> & { name: string; ref?: Ref<HTMLInputElement> };

/**
 * A question answered by radio buttons (one answer) or checkboxes (several): a fieldset whose legend is the
 * question, so screen readers read it with every option; its error is announced and tied to the group.
 * A long list can show its first `fold.after` options and fold the rest behind `fold.summary`.
 */
export function ChoiceGroup(props: {
  legend: ReactNode;
  /** Shown under the question: the legal term and why it matters. */
  details?: ReactNode;
  /** The element inside `details` that describes the group, when not all of it does (folded help). */
  detailsId?: string;
  multiple?: boolean;
  choices: readonly Choice[];
  /** Folds the options after the first `after`; `open` when one of them is chosen, so no answer is hidden. */
  fold?: { after: number; summary: string; open: boolean };
  error?: string;
  /** The question in a few words, to name the field in the error. */
  errorLabel: string;
  input: InputProps;
}) {
  const { legend, details, detailsId, multiple, choices, fold, error, errorLabel, input } = props;
  const t = useTranslations("forms");
  const groupId = `field-${input.name}`;
  const describedBy =
    [details ? (detailsId ?? `${groupId}-details`) : null, error ? `${groupId}-error` : null].filter(Boolean).join(" ") || undefined;
  const option = (choice: Choice, index: number) => {
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
  };
  const shown = fold ? choices.slice(0, fold.after) : choices;
  const folded = fold ? choices.slice(fold.after) : [];
  return (
    <fieldset className="choice-group" id={groupId} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {details ? <div id={`${groupId}-details`}>{details}</div> : null}
      {shown.map(option)}
      {fold && folded.length > 0 ? (
        <Fold className="more-choices" summary={fold.summary} forceOpen={fold.open}>
          {folded.map((choice, index) => option(choice, index + fold.after))}
        </Fold>
      ) : null}
      {error ? (
        <p className="field-error" id={`${groupId}-error`} role="alert">
          {t("fieldError", { label: errorLabel, error })}
        </p>
      ) : null}
    </fieldset>
  );
}
