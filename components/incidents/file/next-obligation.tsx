import Link from "next/link";
import type { ClockView } from "@/components/incidents/file/clock-view";
import { useTranslations } from "next-intl";
import { obligationHref, obligationPlace } from "@/components/incidents/file/obligation-places";

/** The nearest open obligation and the page that meets it: the next step comes from the law, not the state. */
export function NextObligation({ incidentId, clock }: { incidentId: string; clock: ClockView | undefined }) {
  const tApp = useTranslations();
  const t = useTranslations("incidentFile");
  if (!clock) return <p className="muted">{tApp("incident.nextStep.noneOpen")}</p>;
  return (
    <p data-testid="next-obligation">
      {tApp("incident.nextStep.nearest")} <strong>{clock.label}</strong> ({clock.standing}, {t("summary.due", { when: clock.due })}).{" "}
      <Link href={obligationHref(incidentId, clock.obligation)} className="button">
        {t(`places.${obligationPlace(clock.obligation)}`)}
      </Link>
    </p>
  );
}
