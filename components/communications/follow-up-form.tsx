"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { idleState, type FormState } from "@/lib/server/actions/form-state";

type Action = (previous: FormState<string>, form: FormData) => Promise<FormState<string>>;

const CHANNELS: Record<string, string> = {
  letter: "Printed letters (for the people with a postal address)",
  email: "E-mail again (after a mail server problem is fixed)",
  public_notice: "Public notice (Art. 34(3)(c): when they cannot be reached one by one)",
};

/**
 * The people a communication did not reach are still not told: this starts a new draft for them by another
 * channel, then opens it. The first choice is letters when e-mail failed, a public notice when letters did.
 */
export function FollowUpForm({
  incidentId,
  communicationId,
  channel,
  notReached,
  action,
}: {
  incidentId: string;
  communicationId: string;
  channel: string;
  notReached: number;
  action: Action;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const router = useRouter();
  useEffect(() => {
    if (state.status === "done") router.push(`/incidents/${incidentId}/communications?c=${encodeURIComponent(state.value)}`);
  }, [state, incidentId, router]);
  const errors = state.status === "error" ? state.fields : {};
  const people = notReached === 1 ? "1 person was" : `${notReached} people were`;
  return (
    <form action={formAction} className="subform" aria-labelledby="follow-up-heading" noValidate>
      <h3 id="follow-up-heading">Not reached</h3>
      <p>
        {people} not reached and {notReached === 1 ? "is" : "are"} not told yet. Prepare a follow-up for them: it is approved and sent like any communication.
      </p>
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="communicationId" value={communicationId} />
      {state.status === "error" ? (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      ) : null}
      <label htmlFor="follow-up-channel">Follow up by</label>
      <select
        id="follow-up-channel"
        name="channel"
        defaultValue={channel === "email" ? "letter" : "public_notice"}
        aria-invalid={errors.channel ? true : undefined}
        aria-describedby={errors.channel ? "follow-up-channel-error" : undefined}
      >
        {Object.entries(CHANNELS).map(([value, words]) => (
          <option key={value} value={value}>
            {words}
          </option>
        ))}
      </select>
      {errors.channel ? (
        <p className="field-error" id="follow-up-channel-error" role="alert">
          {errors.channel}
        </p>
      ) : null}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Preparing…" : "Prepare follow-up"}
        </button>
      </p>
    </form>
  );
}
