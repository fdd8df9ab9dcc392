"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { IncidentIntakeInput } from "@/lib/schemas/incident";
import { sessionAction, signedOutState } from "@/lib/server/actions/action-session";
import { failureState, type FormState } from "@/lib/server/actions/form-state";
import { reportIntake, saveIntakeDraft, type DraftRef } from "@/lib/server/incidents/intake-report";

export type DraftSaved = { id: string; version: number; savedAt: string };

/** Autosave: the first save creates the draft incident, later ones update it at the version last saved. */
export const saveDraftAction = sessionAction(
  async ({ ctx, actor }, draft: DraftRef, input: IncidentIntakeInput): Promise<FormState<DraftSaved>> => {
    const result = await saveIntakeDraft(ctx, actor, draft, input);
    if (!result.ok) return failureState(result);
    return { status: "done", value: { id: result.value.id, version: result.value.version, savedAt: result.value.updatedAt } };
  },
  signedOutState,
);

/** Reports the incident: creates it reported, or completes the autosaved draft and reports it. */
export const submitIntakeAction = sessionAction(
  async ({ ctx, actor }, draft: DraftRef, input: IncidentIntakeInput): Promise<FormState<DraftSaved>> => {
    const result = await reportIntake(ctx, actor, draft, input);
    if (!result.ok) {
      const state = failureState(result);
      const incomplete = result.error === "invalid" && state.status === "error";
      return incomplete ? { ...state, message: (await getTranslations("intake.page"))("incomplete") } : state;
    }
    redirect(`/incidents/${result.value.id}?reported=1`);
  },
  signedOutState,
);
