import type { FormState } from "@/lib/schemas/form-state";

/**
 * The end of a form whose problems are shown on their fields: the problem that belongs to no field, what is
 * said after a success, and the submit button, which says it is busy while the action runs.
 */
export function FormOutcome<T>(props: {
  state: FormState<T>;
  pending: boolean;
  done: (value: T) => string;
  labels: { submit: string; busy: string };
}) {
  const { state, pending, labels } = props;
  return (
    <>
      {state.status === "error" && Object.keys(state.fields).length === 0 ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === "done" ? <p role="status">{props.done(state.value)}</p> : null}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? labels.busy : labels.submit}
        </button>
      </p>
    </>
  );
}
