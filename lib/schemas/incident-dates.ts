import { z } from "zod";
import type { FieldError } from "./field-errors";

/*
 * The time rules of an incident, shared by the create schemas (through superRefine) and by the update
 * service (which must check the merged result of the stored incident and the patch). Pure: `now` is passed in.
 */

/** Awareness more than this long after discovery must be explained (the investigation that delayed it). */
export const AWARENESS_DELAY_NEEDS_REASON_MS = 60 * 60 * 1000;

/** An instant as ISO 8601 with an offset ("2026-03-27T22:30:00+01:00" or "...Z"): never a bare local time. */
export const instantSchema = z
  .string({ error: "is required" })
  .pipe(z.iso.datetime({ offset: true, error: "must be an ISO 8601 date and time with an offset, e.g. 2026-03-27T22:30:00+01:00" }))
  .transform((text) => new Date(text));

export interface IncidentTimes {
  occurredAt?: Date | null;
  discoveredAt?: Date | null;
  awareAt?: Date | null;
  containedAt?: Date | null;
  ongoing?: boolean | null;
  awarenessDelayReason?: string | null;
}

const label: Record<"occurredAt" | "discoveredAt" | "awareAt", string> = {
  occurredAt: "occurredAt (when the breach began)",
  discoveredAt: "discoveredAt (when it was discovered)",
  awareAt: "awareAt",
};

/** Every problem with the incident's times, each naming its field. */
export function incidentTimeProblems(times: IncidentTimes, now: Date): FieldError[] {
  const problems: FieldError[] = [];
  const { occurredAt, discoveredAt, awareAt, containedAt } = times;
  for (const [field, value] of Object.entries({ occurredAt, discoveredAt, awareAt, containedAt })) {
    if (value && value.getTime() > now.getTime()) problems.push({ field, problem: "must not be in the future" });
  }
  const notBefore = (
    field: "discoveredAt" | "awareAt",
    later: Date | null | undefined,
    earlierField: keyof typeof label,
    earlier: Date | null | undefined,
  ) => {
    if (later && earlier && later.getTime() < earlier.getTime()) {
      problems.push({ field, problem: `must not be before ${label[earlierField]}` });
    }
  };
  notBefore("discoveredAt", discoveredAt, "occurredAt", occurredAt);
  notBefore("awareAt", awareAt, "discoveredAt", discoveredAt);
  notBefore("awareAt", awareAt, "occurredAt", occurredAt);
  if (containedAt && occurredAt && containedAt.getTime() < occurredAt.getTime()) {
    problems.push({ field: "containedAt", problem: `must not be before ${label.occurredAt}` });
  } else if (containedAt && discoveredAt && containedAt.getTime() < discoveredAt.getTime()) {
    // Only what is known can be contained: an earlier time is a typing slip (a wrong day or AM/PM).
    problems.push({ field: "containedAt", problem: `must not be before ${label.discoveredAt}: a breach is contained once it is known` });
  }
  if (times.ongoing && containedAt) {
    problems.push({ field: "containedAt", problem: "must be empty while the breach is ongoing" });
  }
  if (awarenessDelayNeedsReason(times) && !times.awarenessDelayReason?.trim()) {
    problems.push({
      field: "awarenessDelayReason",
      problem: "is required when awareAt is more than 1 hour after discoveredAt: say what was checked in between",
    });
  }
  return problems;
}

export function awarenessDelayNeedsReason(times: IncidentTimes): boolean {
  const { discoveredAt, awareAt } = times;
  return !!discoveredAt && !!awareAt && awareAt.getTime() - discoveredAt.getTime() > AWARENESS_DELAY_NEEDS_REASON_MS;
}

const asDate = (value: unknown) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value : null);

/**
 * Adds the time problems to a zod refinement context, so they surface like any other field error. It runs
 * even when other fields failed (see `alwaysCheck`), so a value that did not parse is simply left out.
 */
export function reportTimeProblems(times: Record<string, unknown>, now: Date, ctx: z.RefinementCtx) {
  if (typeof times !== "object" || times === null) return;
  const parsed: IncidentTimes = {
    occurredAt: asDate(times.occurredAt),
    discoveredAt: asDate(times.discoveredAt),
    awareAt: asDate(times.awareAt),
    containedAt: asDate(times.containedAt),
    ongoing: times.ongoing === true,
    awarenessDelayReason: typeof times.awarenessDelayReason === "string" ? times.awarenessDelayReason : null,
  };
  for (const { field, problem } of incidentTimeProblems(parsed, now)) ctx.addIssue({ code: "custom", path: [field], message: problem });
}

/** Report the time rules together with every other problem, not only once the rest is valid. */
export const alwaysCheck = { when: () => true };
