"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField } from "@/components/forms/select-field";
import { idleState, type FormState } from "@/lib/schemas/form-state";
import { useOpenDraftWhenDone } from "./open-draft-when-done";

type Action = (previous: FormState<string>, form: FormData) => Promise<FormState<string>>;

const CHANNELS = ["letter", "email", "public_notice"] as const;

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
  const t = useTranslations("communications.followUp");
  const [state, formAction, pending] = useActionState(action, idleState);
  useOpenDraftWhenDone(state, incidentId);
  const errors = state.status === "error" ? state.fields : {};
  return (
    <form action={formAction} className="subform" aria-labelledby="follow-up-heading" noValidate>
      <h3 id="follow-up-heading">{t("heading")}</h3>
      <p>{t("text", { count: notReached })}</p>
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
        label={t("label")}
        hint={t("hint")}
        options={CHANNELS.map((value) => ({ value, label: t(`channels.${value}`) }))}
        defaultValue={channel === "email" ? "letter" : "public_notice"}
        error={errors.channel}
      />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("busy") : t("submit")}
        </button>
      </p>
    </form>
  );
}
