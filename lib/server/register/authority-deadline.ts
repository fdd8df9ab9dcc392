import { computeDeadlines, isRegimeId, type Deadline } from "@/lib/domain/deadlines";

/**
 * The deadline the register judges a notification against: the earliest authority notification among the
 * incident's regimes (GDPR Art. 33(1): awareness + 72 h). A processor's first duty is to its controller
 * (Art. 33(2)), so for a processor that deadline stands in.
 */
export function authorityDeadline(input: { awareAt: Date; timeZone: string; regimes: readonly string[]; role?: string }): Deadline | null {
  const regimes = input.regimes.filter(isRegimeId);
  const role = input.role === "processor" ? "processor" : "controller";
  const deadlines = computeDeadlines({ awareAt: input.awareAt, timeZone: input.timeZone, regimes, options: { role } });
  const authority = deadlines.filter((d) => ["notify-authority", "incident-notification", "notify-controller", "notify-hhs"].includes(d.obligation));
  return authority.sort((a, b) => a.due.getTime() - b.due.getTime())[0] ?? null;
}
