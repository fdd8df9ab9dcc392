import type { ObligationId, RegimeId } from "@/lib/domain/deadlines";

/** What each obligation asks of the practice, in the DPO's words. */
export const OBLIGATION_WORDS: Record<ObligationId, string> = {
  "notify-authority": "Notify the supervisory authority",
  "notify-controller": "Notify the controller",
  "communicate-subjects": "Tell the people affected",
  "follow-up-notification": "Send the follow-up notification",
  "complete-notification": "Complete the notification",
  "early-warning": "Send the early warning",
  "incident-notification": "Send the incident notification",
  "final-report": "Send the final report",
  "notify-individuals": "Notify the individuals",
  "notify-hhs": "Notify HHS",
  "notify-media": "Notify the media",
  "notify-covered-entity": "Notify the covered entity, naming each person affected",
  "notify-subscribers": "Tell the subscribers and people affected",
};

export const REGIME_WORDS: Record<RegimeId, string> = {
  gdpr: "GDPR",
  "uk-gdpr": "UK GDPR",
  nis2: "NIS2",
  hipaa: "HIPAA",
  eprivacy: "ePrivacy",
};
