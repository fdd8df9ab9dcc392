import type { ObligationId } from "@/lib/domain/deadlines";

/*
 * Where in the incident file each obligation is met, and the link's words: every open clock (file, next
 * step, dashboard) points at the page that meets it, so nobody has to guess that the letters live under
 * "communications". Typed over every obligation, so a new one cannot be added without a place.
 */
export type Place = "notification" | "communications";

const PLACE_OF: Record<ObligationId, Place> = {
  "notify-authority": "notification",
  "notify-controller": "notification",
  "communicate-subjects": "communications",
  "follow-up-notification": "notification",
  "complete-notification": "notification",
  "early-warning": "notification",
  "incident-notification": "notification",
  "final-report": "notification",
  "notify-individuals": "communications",
  "notify-hhs": "notification",
  "notify-media": "communications",
  "notify-covered-entity": "notification",
  "notify-subscribers": "communications",
};

export function obligationHref(incidentId: string, obligation: ObligationId): string {
  return `/incidents/${incidentId}/${PLACE_OF[obligation]}`;
}

/** The page that meets the obligation; its link's words are incidentFile.places.<place>. */
export function obligationPlace(obligation: ObligationId): Place {
  return PLACE_OF[obligation];
}
