"use client";

import { useActionState } from "react";
import { COMMUNICATION_CHANNELS } from "@/lib/schemas/communication";
import { idleState, type FormState } from "@/lib/schemas/form-state";
import { useOpenDraftWhenDone } from "./open-draft-when-done";

type Action = (previous: FormState<string>, form: FormData) => Promise<FormState<string>>;

const LANGUAGES: Record<string, string> = { en: "English", fr: "Français", de: "Deutsch", cs: "Čeština" };
const CHANNELS: Record<(typeof COMMUNICATION_CHANNELS)[number], string> = {
  email: "E-mail (printed letters for people without an address)",
  letter: "Printed letters",
  public_notice: "Public notice (Art. 34(3)(c): when writing to each person is disproportionate)",
};

/** Starts a new draft in a language and by a channel, then opens it. */
export function CreateDraftForm({ incidentId, action }: { incidentId: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  useOpenDraftWhenDone(state, incidentId);
  const errors = state.status === "error" ? state.fields : {};
  return (
    <form action={formAction} className="card" aria-labelledby="new-communication-heading" noValidate>
      <h2 id="new-communication-heading">New communication</h2>
      <input type="hidden" name="incidentId" value={incidentId} />
      {state.status === "error" ? (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      ) : null}
      <label htmlFor="communication-language">Language</label>
      <select
        id="communication-language"
        name="language"
        defaultValue="en"
        aria-invalid={errors.language ? true : undefined}
        aria-describedby={errors.language ? "communication-language-error" : undefined}
      >
        {Object.entries(LANGUAGES).map(([code, words]) => (
          <option key={code} value={code}>
            {words}
          </option>
        ))}
      </select>
      {errors.language ? (
        <p className="field-error" id="communication-language-error" role="alert">
          {errors.language}
        </p>
      ) : null}
      <label htmlFor="communication-channel">Channel</label>
      <select
        id="communication-channel"
        name="channel"
        defaultValue="email"
        aria-invalid={errors.channel ? true : undefined}
        aria-describedby={errors.channel ? "communication-channel-error" : undefined}
      >
        {COMMUNICATION_CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {CHANNELS[channel]}
          </option>
        ))}
      </select>
      {errors.channel ? (
        <p className="field-error" id="communication-channel-error" role="alert">
          {errors.channel}
        </p>
      ) : null}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create draft"}
        </button>
      </p>
    </form>
  );
}
