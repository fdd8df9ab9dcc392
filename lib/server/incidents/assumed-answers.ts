import { answerAt, isAnswered } from "@/lib/schemas/assumed-facts";
import { sameValue, type IncidentValues } from "@/lib/server/incidents/incident-values";

/*
 * Which answers stay assumed (lib/schemas/assumed-facts.ts). An assumption holds only for an answer that is
 * there, and only until someone changes that answer or confirms it as it is: then it is a stated fact.
 */

type Answers = Record<string, unknown>;

/** At intake: the paths sent as assumed, once each, leaving out answers that were not given at all. */
export function assumedAtIntake(paths: readonly string[] | undefined, given: Answers): string[] {
  return [...new Set(paths ?? [])].filter((path) => isAnswered(given, path));
}

/**
 * After a change. A draft's wizard may restate the list (`assumedFacts`: it knows what its reporter touched);
 * otherwise the list can only shrink: an answer whose value changed, or that was confirmed, leaves it.
 */
export function stillAssumed(
  before: IncidentValues,
  after: IncidentValues,
  patch: { assumedFacts?: readonly string[]; confirmedFacts?: readonly string[] },
): string[] {
  const confirmed = new Set(patch.confirmedFacts ?? []);
  const restated = patch.assumedFacts !== undefined;
  const was = before as unknown as Answers;
  const now = after as unknown as Answers;
  return [...new Set(patch.assumedFacts ?? before.assumedFacts)].filter(
    (path) => !confirmed.has(path) && isAnswered(now, path) && (restated || sameValue(answerAt(was, path), answerAt(now, path))),
  );
}
