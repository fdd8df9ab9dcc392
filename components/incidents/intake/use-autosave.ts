"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { IncidentIntakeInput } from "@/lib/schemas/incident";
import type { FormState } from "@/lib/schemas/form-state";
import { fieldLabel, problemInWords } from "@/components/incidents/field-labels";
import { intakeFromValues, type IntakeFormValues } from "@/components/incidents/intake/intake-values";
import { timeOfDayWithZone } from "@/components/incidents/local-time";

export interface DraftRef {
  id: string | null;
  version: number | null;
}
type Saved = FormState<{ id: string; version: number; savedAt: string }>;
export type SaveDraft = (draft: DraftRef, input: IncidentIntakeInput) => Promise<Saved>;

export const AUTOSAVE_DELAY_MS = 1200;

/** Whether the draft has what a draft needs (a title and the time of awareness) to be saved at all. */
export function canSaveDraft(values: IntakeFormValues): boolean {
  return values.title.trim().length >= 3 && values.awareAt.trim() !== "";
}

/**
 * Saves the form as a draft incident shortly after the person stops typing: created once, then updated at
 * the version last saved. One save at a time; the newest values win. The status line says what happened.
 */
export function useAutosave(options: { values: IntakeFormValues; timeZone: string; initial: DraftRef; save: SaveDraft; stopped: boolean }) {
  const { values, timeZone, save, stopped } = options;
  const t = useTranslations();
  const draft = useRef<DraftRef>(options.initial);
  const lastSaved = useRef<string | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const [hasDraft, setHasDraft] = useState(!!options.initial.id);
  const [status, setStatus] = useState<string>(options.initial.id ? t("intake.autosave.restored") : t("intake.autosave.notYet"));

  const serialized = JSON.stringify(values);
  useEffect(() => {
    if (stopped || serialized === lastSaved.current) return;
    const current = JSON.parse(serialized) as IntakeFormValues;
    if (!canSaveDraft(current)) return;
    const timer = setTimeout(() => {
      const run = async () => {
        if (inFlight.current) await inFlight.current;
        const { input, problems } = intakeFromValues(current, timeZone, false);
        if (problems[0]) {
          setStatus(
            t("intake.autosave.notSavedField", {
              field: fieldLabel(t, problems[0].field),
              problem: problemInWords(t, problems[0].problem),
            }),
          );
          return;
        }
        setStatus(t("intake.autosave.saving"));
        const result = await save(draft.current, input);
        if (result.status === "done") {
          draft.current = { id: result.value.id, version: result.value.version };
          lastSaved.current = serialized;
          setHasDraft(true);
          setStatus(t("intake.autosave.saved", { time: timeOfDayWithZone(new Date(result.value.savedAt), timeZone) }));
        } else if (result.status === "error") {
          const [field, problem] = Object.entries(result.fields)[0] ?? [];
          setStatus(
            field
              ? t("intake.autosave.notSavedField", { field: fieldLabel(t, field), problem: problemInWords(t, problem ?? "") })
              : t("intake.autosave.notSaved", { problem: result.message }),
          );
        }
      };
      inFlight.current = run().finally(() => (inFlight.current = null));
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [serialized, stopped, timeZone, save, t]);

  /** Waits for a save under way, then hands over the draft, so submitting never races an autosave. */
  async function settled(): Promise<DraftRef> {
    if (inFlight.current) await inFlight.current;
    return draft.current;
  }
  return { status, settled, hasDraft };
}
