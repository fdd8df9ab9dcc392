"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { CalendarTokenState } from "@/app/(workspace)/calendar/actions";
import styles from "./dashboard.module.css";

type Action = (previous: CalendarTokenState) => Promise<CalendarTokenState>;

/** Create (or replace) and revoke the personal feed link; a new link is shown once, here only. */
export function CalendarSubscription({ active, create, revoke }: { active: boolean; create: Action; revoke: Action }) {
  const t = useTranslations("dashboard.calendar");
  const [state, dispatch, pending] = useActionState(
    (previous: CalendarTokenState, form: FormData) => (form.get("intent") === "revoke" ? revoke(previous) : create(previous)),
    { status: "idle" },
  );
  const hasLink = state.status === "created" || (state.status !== "revoked" && active);
  return (
    <form action={dispatch}>
      {state.status === "error" ? (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      ) : null}
      <div role="status">
        {state.status === "created" && state.url ? (
          <>
            <p>{t("newLink")}</p>
            <p className={styles.tokenBox} data-testid="calendar-url">
              {state.url}
            </p>
          </>
        ) : null}
        {state.status === "revoked" ? <p>{t("revoked")}</p> : null}
      </div>
      <p>{hasLink ? t("active") : t("none")}</p>
      <button type="submit" name="intent" value="create" disabled={pending}>
        {hasLink ? t("replace") : t("create")}
      </button>{" "}
      {hasLink ? (
        <button type="submit" name="intent" value="revoke" disabled={pending}>
          {t("revoke")}
        </button>
      ) : null}
    </form>
  );
}
