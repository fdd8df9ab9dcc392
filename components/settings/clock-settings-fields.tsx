import type { ReactNode } from "react";

/** What the clocks run on, in hours (lib/server/organizations/practice-clocks.ts). */
export interface ClockValues {
  targets: { notifyControllerHours: number; communicateSubjectsHours: number; followUpHours: number };
  reminders: { beforeHours: number[]; atDeadline: boolean; overdueEveryHours: number; overdueAtMost: number };
}

/**
 * The "Deadlines and reminders" part of the practice settings form. Inputs are named by the schema's paths
 * (lib/schemas/clock-settings.ts) so the server's errors land on them. Each sentence is the input's label,
 * the input inside it: "Tell the controller (processor, Art. 33(2)): within [24] hours".
 */
export function ClockSettingsFields(props: {
  clocks: ClockValues;
  defaults: ClockValues;
  errors: Record<string, string>;
  /** What was submitted, shown again after a refusal. */
  submitted: Record<string, string> | null;
}) {
  const { clocks, defaults, errors, submitted } = props;
  const shown = (name: string, value: number | number[]) => submitted?.[name] ?? (Array.isArray(value) ? value.join(", ") : String(value));
  const field = (name: string, value: number | number[]) => ({ name, defaultValue: shown(name, value), error: errors[name] });
  const { targets, reminders } = defaults;
  return (
    <section aria-labelledby="clocks-heading">
      <h3 id="clocks-heading">Deadlines and reminders</h3>
      <p className="muted">
        Where the law says &ldquo;without undue delay&rdquo;, the practice sets its own target. A change applies at once to the deadlines of
        every open incident. Leave a number empty to use the default.
      </p>
      <fieldset>
        <legend>Internal targets</legend>
        <HoursField
          {...field("targets.notifyControllerHours", clocks.targets.notifyControllerHours)}
          label="Tell the controller (processor, Art. 33(2))"
          before="within"
          after="hours of becoming aware"
          hint={`When the practice processes the data for someone else. Default: ${targets.notifyControllerHours} hours.`}
        />
        <HoursField
          {...field("targets.communicateSubjectsHours", clocks.targets.communicateSubjectsHours)}
          label="Tell the people affected (high risk, Art. 34(1))"
          before="within"
          after="hours of becoming aware"
          hint={`Default: ${targets.communicateSubjectsHours} hours, no later than the authority's 72 hours.`}
        />
        <HoursField
          {...field("targets.followUpHours", clocks.targets.followUpHours)}
          label="Send the next part of a phased notification (Art. 33(4))"
          before="within"
          after="hours of the previous filing"
          hint={`Default: ${targets.followUpHours} hours.`}
        />
      </fieldset>
      <fieldset>
        <legend>Reminders to the DPO and the incident&apos;s owner</legend>
        <HoursField
          {...field("reminders.beforeHours", clocks.reminders.beforeHours)}
          list
          label="Before each deadline"
          before="remind"
          after="hours before"
          hint={`Numbers separated by commas. Default: ${reminders.beforeHours.join(", ")}. Empty: no reminder before the deadline.`}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            name="reminders.atDeadline"
            defaultChecked={submitted ? "reminders.atDeadline" in submitted : clocks.reminders.atDeadline}
          />{" "}
          Remind at the deadline itself (default: {reminders.atDeadline ? "yes" : "no"})
        </label>
        <HoursField
          {...field("reminders.overdueEveryHours", clocks.reminders.overdueEveryHours)}
          label="While overdue"
          before="remind every"
          after="hours"
          hint={`Default: every ${reminders.overdueEveryHours} hours.`}
        />
        <HoursField
          {...field("reminders.overdueAtMost", clocks.reminders.overdueAtMost)}
          label="Overdue reminders"
          before="at most"
          after="times"
          hint={`Default: ${reminders.overdueAtMost}. 0 turns overdue reminders off.`}
        />
      </fieldset>
    </section>
  );
}

/** A number (or a list of numbers) inside its sentence, with its hint and its error tied to it. */
function HoursField(props: {
  name: string;
  label: string;
  before: ReactNode;
  after: ReactNode;
  hint: string;
  defaultValue: string;
  error?: string;
  list?: boolean;
}) {
  const { name, label, before, after, hint, defaultValue, error, list } = props;
  const id = `field-${name.replace(".", "-")}`;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field clock-field">
      <label htmlFor={id}>
        <strong>{label}:</strong> {before}{" "}
        <input
          id={id}
          name={name}
          className={list ? "hours-list" : "hours"}
          inputMode={list ? "text" : "numeric"}
          defaultValue={defaultValue}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />{" "}
        {after}
      </label>
      <p className="muted hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {label}: {error}
        </p>
      ) : null}
    </div>
  );
}
