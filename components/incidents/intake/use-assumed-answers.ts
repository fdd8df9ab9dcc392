"use client";

import { useEffect } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { IntakeFormValues } from "@/components/incidents/intake/intake-values";

/**
 * Keeps the form's `assumedFacts` true to what the person did: a pre-filled answer she changes (types, ticks,
 * or changes and changes back) is hers from then on, and stops being an assumption. Only her own input counts:
 * a value the page sets (discovery following awareness) comes without an event type and leaves the list alone.
 * `assumedFacts` has no input, so this changes nothing on screen.
 */
export function useAssumedAnswers(form: Pick<UseFormReturn<IntakeFormValues, unknown, never>, "subscribe" | "getValues" | "setValue">) {
  const { subscribe, getValues, setValue } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name, type }) => {
          if (!type || !name) return;
          const assumed = getValues("assumedFacts") ?? [];
          if (assumed.includes(name))
            setValue(
              "assumedFacts",
              assumed.filter((path) => path !== name),
            );
        },
      }),
    [subscribe, getValues, setValue],
  );
}
