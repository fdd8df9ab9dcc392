"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { idleState, type FormState } from "@/lib/server/actions/form-state";

type Action = (previous: FormState<string>, form: FormData) => Promise<FormState<string>>;

const CHANNELS: Record<string, string> = {
  letter: "Printed letters",
  email: "E-mail again",
  public_notice: "Public notice (Art. 34(3)(c))",
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
      <p className="muted hint" id="follow-up-channel-hint">
        Letters reach the people with a postal address; e-mail again helps after a mail server problem; a public notice is for people who cannot be reached one by one.
      </p>
      <select
        id="follow-up-channel"
        name="channel"
        defaultValue={channel === "email" ? "letter" : "public_notice"}
        aria-invalid={errors.channel ? true : undefined}
        aria-describedby={errors.channel ? "follow-up-channel-hint follow-up-channel-error" : "follow-up-channel-hint"}
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
