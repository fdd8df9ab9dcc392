"use client";

import { useActionState } from "react";
import type { CalendarTokenState } from "@/app/(workspace)/calendar/actions";
import styles from "./dashboard.module.css";

type Action = (previous: CalendarTokenState) => Promise<CalendarTokenState>;

/** Create (or replace) and revoke the personal feed link; a new link is shown once, here only. */
export function CalendarSubscription({ active, create, revoke }: { active: boolean; create: Action; revoke: Action }) {
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
            <p>Your new subscription link (shown only now; copy it into your calendar program):</p>
            <p className={styles.tokenBox} data-testid="calendar-url">
              {state.url}
            </p>
          </>
        ) : null}
        {state.status === "revoked" ? <p>The link is revoked: calendars using it no longer receive deadlines.</p> : null}
      </div>
      <p>{hasLink ? "You have an active subscription link." : "You have no subscription link."}</p>
      <button type="submit" name="intent" value="create" disabled={pending}>
        {hasLink ? "Replace the link" : "Create a subscription link"}
      </button>{" "}
      {hasLink ? (
        <button type="submit" name="intent" value="revoke" disabled={pending}>
          Revoke the link
        </button>
      ) : null}
    </form>
  );
}
