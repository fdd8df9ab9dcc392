"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { NOT_POSTED_REASON_MAX, SENT_VIA_MAX } from "@/lib/schemas/communication";
import { idleState, type FormState } from "@/lib/schemas/form-state";

type Action = (previous: FormState<string>, form: FormData) => Promise<FormState<string>>;

export interface LetterPerson {
  id: string;
  name: string;
  postalAddress: string | null;
}

/**
 * Records what happened outside Breachdesk: the approved letters were posted (when, how, and whose letter
 * was not), or the public notice was published (when and where). Validated by the server with the shared
 * schema (offlineDeliverySchema); each problem is shown beside its field.
 */
export function OfflineDeliveryForm({
  incidentId,
  communicationId,
  channel,
  timeZone,
  zoneNote,
  people,
  peopleTotal,
  action,
}: {
  incidentId: string;
  communicationId: string;
  channel: "letter" | "public_notice";
  timeZone: string;
  zoneNote: string;
  /** Everyone on a letter communication, to tick the letters not posted; null when the list is too long to show. */
  people: LetterPerson[] | null;
  peopleTotal: number;
  action: Action;
}) {
  const t = useTranslations("communications.delivery");
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.status === "error" ? state.fields : {};
  const values = state.status === "error" ? (state.values ?? {}) : {};
  // Controlled, so a refused submission keeps what was typed and ticked.
  const [sentAt, setSentAt] = useState(values.sentAt ?? "");
  const [notPosted, setNotPosted] = useState<ReadonlySet<string>>(new Set());
  const letters = channel === "letter";
  const heading = letters ? t("headingLetters") : t("headingNotice");
  const described = (name: string, hint?: string) =>
    [hint, errors[name] ? `delivery-${name}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const field = (name: string, hint?: string) => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": described(name, hint),
  });
  const error = (name: string) =>
    errors[name] ? (
      <p className="field-error" id={`delivery-${name}-error`} role="alert">
        {errors[name]}
      </p>
    ) : null;
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(notPosted);
    if (checked) next.add(id);
    else next.delete(id);
    setNotPosted(next);
  };
  const otherProblems = Object.entries(errors).filter(
    ([name]) => !["sentAt", "how", "where", "notPosted", "notPostedReason"].includes(name),
  );

  return (
    <form action={formAction} className="subform" aria-labelledby="delivery-heading" noValidate>
      <h3 id="delivery-heading">{heading}</h3>
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="communicationId" value={communicationId} />
      <input type="hidden" name="timeZone" value={timeZone} />
      {state.status === "error" ? (
        <div role="alert" className="field-error">
          <p>{state.message}</p>
          {otherProblems.length > 0 ? (
            <ul>
              {otherProblems.map(([name, problem]) => (
                <li key={name}>
                  {name}: {problem}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <label htmlFor="delivery-sentAt">{letters ? t("whenLetters") : t("whenNotice")}</label>
      <p className="muted hint" id="delivery-sentAt-hint">
        {t("zoneHint", { zone: zoneNote })}
      </p>
      <input
        id="delivery-sentAt"
        type="datetime-local"
        name="sentAt"
        required
        value={sentAt}
        onChange={(event) => setSentAt(event.target.value)}
        {...field("sentAt", "delivery-sentAt-hint")}
      />
      {error("sentAt")}

      {letters ? (
        <>
          <label htmlFor="delivery-how">{t("how")}</label>
          <input
            id="delivery-how"
            name="how"
            maxLength={SENT_VIA_MAX}
            defaultValue={values.how ?? ""}
            placeholder={t("howPlaceholder")}
            {...field("how")}
          />
          {error("how")}
          <fieldset aria-describedby={described("notPosted", "delivery-notPosted-hint")}>
            <legend>{t("notPostedLegend")}</legend>
            <p className="muted hint" id="delivery-notPosted-hint">
              {t("notPostedHint")}
            </p>
            {people ? (
              <details>
                <summary>{t("choose", { count: peopleTotal })}</summary>
                {people.map((person) => (
                  <label key={person.id} className="checkbox">
                    <input
                      type="checkbox"
                      name="notPosted"
                      value={person.id}
                      checked={notPosted.has(person.id)}
                      onChange={(event) => toggle(person.id, event.target.checked)}
                    />{" "}
                    {person.name}
                    {person.postalAddress ? <span className="muted small"> · {person.postalAddress.split("\n")[0]}</span> : null}
                  </label>
                ))}
              </details>
            ) : (
              <p className="muted small">
                {t("tooMany", { count: peopleTotal, endpoint: `POST /api/v1/communications/${communicationId}/delivered` })}
              </p>
            )}
            {error("notPosted")}
            <label htmlFor="delivery-notPostedReason">{t("why")}</label>
            <input
              id="delivery-notPostedReason"
              name="notPostedReason"
              maxLength={NOT_POSTED_REASON_MAX}
              defaultValue={values.notPostedReason ?? ""}
              placeholder={t("whyPlaceholder")}
              {...field("notPostedReason")}
            />
            {error("notPostedReason")}
          </fieldset>
        </>
      ) : (
        <>
          <label htmlFor="delivery-where">{t("where")}</label>
          <input
            id="delivery-where"
            name="where"
            required
            maxLength={SENT_VIA_MAX}
            defaultValue={values.where ?? ""}
            placeholder={t("wherePlaceholder")}
            {...field("where")}
          />
          {error("where")}
        </>
      )}
      <p>
        <button type="submit" disabled={pending}>
          {pending
            ? t("busy")
            : letters
              ? notPosted.size > 0
                ? t("submitLettersSome", { count: notPosted.size })
                : t("submitLetters")
              : t("submitNotice")}
        </button>
      </p>
    </form>
  );
}
