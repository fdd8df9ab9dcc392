/**
 * A practice's internal targets, from its settings JSON (`settings.targets`), e.g.
 *   { "notifyControllerHours": 24, "communicateSubjectsHours": 48, "followUpHours": 72 }
 * Where the law says "without undue delay", the practice chooses how many hours it gives itself. Anything
 * missing or unusable falls back to lib/domain/deadlines' defaults, so a broken setting never removes a clock.
 */
import { DEFAULT_INTERNAL_TARGETS, type InternalTargets } from "@/lib/domain/deadlines";
import { internalTargetSettingsSchema } from "@/lib/schemas/clock-settings";

export function internalTargetsFrom(storedSettings: string): InternalTargets {
  let settings: unknown;
  try {
    settings = JSON.parse(storedSettings);
  } catch {
    return DEFAULT_INTERNAL_TARGETS;
  }
  const parsed = internalTargetSettingsSchema.safeParse((settings as { targets?: unknown } | null)?.targets ?? {});
  if (!parsed.success) return DEFAULT_INTERNAL_TARGETS;
  return { ...DEFAULT_INTERNAL_TARGETS, ...parsed.data };
}
