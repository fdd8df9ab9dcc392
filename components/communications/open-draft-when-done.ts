"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { FormState } from "@/lib/schemas/form-state";

/** Once an action that created a communication is done (its value is the new id), opens that communication. */
export function useOpenDraftWhenDone(state: FormState<string>, incidentId: string): void {
  const router = useRouter();
  useEffect(() => {
    if (state.status === "done") router.push(`/incidents/${incidentId}/communications?c=${encodeURIComponent(state.value)}`);
  }, [state, incidentId, router]);
}
