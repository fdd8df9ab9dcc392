import Link from "next/link";
import type { ClockView } from "@/components/incidents/file/clock-view";
import { NEXT_STEP_WORDS } from "@/components/incidents/incident-labels";
import { obligationHref, obligationLinkWords } from "@/components/incidents/file/obligation-places";

/** The nearest open obligation and the page that meets it: the next step comes from the law, not the state. */
export function NextObligation({ incidentId, clock }: { incidentId: string; clock: ClockView | undefined }) {
  if (!clock) return <p className="muted">{NEXT_STEP_WORDS.noneOpen}</p>;
  return (
    <p data-testid="next-obligation">
      {NEXT_STEP_WORDS.nearest} <strong>{clock.label}</strong> ({clock.standing}, {NEXT_STEP_WORDS.due} {clock.due}).{" "}
      <Link href={obligationHref(incidentId, clock.obligation)} className="button">
        {obligationLinkWords(clock.obligation)}
      </Link>
    </p>
  );
}
