"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/forms/select-field";
import { idleState, type FormState } from "@/lib/schemas/form-state";
import { useOpenDraftWhenDone } from "./open-draft-when-done";

type Action = (previous: FormState<string>, form: FormData) => Promise<FormState<string>>;

const CHANNELS = [
  { value: "letter", label: "Printed letters" },
  { value: "email", label: "E-mail again" },
  { value: "public_notice", label: "Public notice (Art. 34(3)(c))" },
];

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
  useOpenDraftWhenDone(state, incidentId);
  const errors = state.status === "error" ? state.fields : {};
  const people = notReached === 1 ? "1 person was" : `${notReached} people were`;
  return (
    <form action={formAction} className="subform" aria-labelledby="follow-up-heading" noValidate>
      <h3 id="follow-up-heading">Not reached</h3>
      <p>
        {people} not reached and {notReached === 1 ? "is" : "are"} not told yet. Prepare a follow-up for them: it is approved and sent like
        any communication.
      </p>
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="communicationId" value={communicationId} />
      {state.status === "error" ? (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      ) : null}
      <SelectField
        id="follow-up-channel"
        name="channel"
        label="Follow up by"
        hint={
          "Letters reach the people with a postal address; e-mail again helps after a mail server problem; a " +
          "public notice is for people who cannot be reached one by one."
        }
        options={CHANNELS}
        defaultValue={channel === "email" ? "letter" : "public_notice"}
        error={errors.channel}
      />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Preparing…" : "Prepare follow-up"}
        </button>
      </p>
    </form>
  );
}
