import { useTranslations } from "next-intl";
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
  const t = useTranslations("settings.clocks");
  // The input sits inside its sentence, where each language puts it: "within [24] hours", "innerhalb von [24] Stunden".
  const sentence = (key: ClockSentence) => (input: ReactNode) => t.rich(key, { field: () => input });
  return (
    <section aria-labelledby="clocks-heading">
      <h3 id="clocks-heading">{t("heading")}</h3>
      <p className="muted">{t("intro")}</p>
      <fieldset>
        <legend>{t("targets")}</legend>
        <HoursField
          {...field("targets.notifyControllerHours", clocks.targets.notifyControllerHours)}
          label={t("notifyController")}
          sentence={sentence("notifyControllerField")}
          hint={t("notifyControllerHint", { hours: targets.notifyControllerHours })}
        />
        <HoursField
          {...field("targets.communicateSubjectsHours", clocks.targets.communicateSubjectsHours)}
          label={t("communicateSubjects")}
          sentence={sentence("communicateSubjectsField")}
          hint={t("communicateSubjectsHint", { hours: targets.communicateSubjectsHours })}
        />
        <HoursField
          {...field("targets.followUpHours", clocks.targets.followUpHours)}
          label={t("followUp")}
          sentence={sentence("followUpField")}
          hint={t("followUpHint", { hours: targets.followUpHours })}
        />
      </fieldset>
      <fieldset>
        <legend>{t("reminders")}</legend>
        <HoursField
          {...field("reminders.beforeHours", clocks.reminders.beforeHours)}
          list
          label={t("before")}
          sentence={sentence("beforeField")}
          hint={t("beforeHint", { hours: reminders.beforeHours.join(", ") })}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            name="reminders.atDeadline"
            defaultChecked={submitted ? "reminders.atDeadline" in submitted : clocks.reminders.atDeadline}
          />{" "}
          {reminders.atDeadline ? t("atDeadlineYes") : t("atDeadlineNo")}
        </label>
        <HoursField
          {...field("reminders.overdueEveryHours", clocks.reminders.overdueEveryHours)}
          label={t("overdueEvery")}
          sentence={sentence("overdueEveryField")}
          hint={t("overdueEveryHint", { hours: reminders.overdueEveryHours })}
        />
        <HoursField
          {...field("reminders.overdueAtMost", clocks.reminders.overdueAtMost)}
          label={t("overdueAtMost")}
          sentence={sentence("overdueAtMostField")}
          hint={t("overdueAtMostHint", { count: reminders.overdueAtMost })}
        />
      </fieldset>
    </section>
  );
}

type ClockSentence =
  "notifyControllerField" | "communicateSubjectsField" | "followUpField" | "beforeField" | "overdueEveryField" | "overdueAtMostField";

/** A number (or a list of numbers) inside its sentence, with its hint and its error tied to it. */
function HoursField(props: {
  name: string;
  label: string;
  /** The sentence around the input, in the reader's language. */
  sentence: (input: ReactNode) => ReactNode;
  hint: string;
  defaultValue: string;
  error?: string;
  list?: boolean;
}) {
  const { name, label, sentence, hint, defaultValue, error, list } = props;
  const t = useTranslations("settings.clocks");
  const id = `field-${name.replace(".", "-")}`;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field clock-field">
      <label htmlFor={id}>
        <strong>{t("label", { label })}</strong>{" "}
        {sentence(
          <input
            id={id}
            name={name}
            className={list ? "hours-list" : "hours"}
            inputMode={list ? "text" : "numeric"}
            defaultValue={defaultValue}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          />,
        )}
      </label>
      <p className="muted hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {t("label", { label })} {error}
        </p>
      ) : null}
    </div>
  );
}
