"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import type { FormState } from "@/lib/schemas/form-state";

type Result = FormState<{ token: string }>;

export function ApiTokenForm({ action }: { action: (s: Result, f: FormData) => Promise<Result> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.status === "error" ? state.fields : {};
  return (
    <form action={formAction}>
      {state.status === "done" ? (
        <div role="status" className="card">
          <p>
            Your new token. <strong>Copy it now: it is shown only once.</strong>
          </p>
          <code data-testid="new-api-token">{state.value.token}</code>
        </div>
      ) : null}
      <TextField id="token-name" name="name" label="Token name" placeholder="e.g. Ticketing integration" error={errors.name} />
      <TextField name="expiresDays" label="Valid for (days)" type="number" min={1} max={730} defaultValue="90" error={errors.expiresDays} />
      <p>
        <button type="submit" disabled={pending}>
          Create API token
        </button>
      </p>
    </form>
  );
}
